package uk.imap.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' calls of a public method without arguments ({@code #{e.reference()}}, {@code #{e.status().label()}}):
 * each class's method is found once and kept. The EL's own resolver looks through all of a class's methods at every
 * call, and a worklist of 25 rows makes hundreds of such calls a page. Anything else is left to the resolvers after
 * this one.
 */
public class AccessorCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || base instanceof Class || !(method instanceof String name)
                || params != null && params.length > 0) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass()).computeIfAbsent(name,
                called -> publicWithoutArguments(base.getClass(), called));
        if (found.isEmpty()) {
            return null;
        }
        try {
            Object result = found.get().invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException failed) {
            throw new ELException(failed.getCause());
        } catch (IllegalAccessException refused) {
            throw new ELException(refused);
        }
    }

    /** Only a method of a public class (so it can be called from here); the other resolvers find the rest. */
    private static Optional<Method> publicWithoutArguments(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return publicAlongTheWay(method.getDeclaringClass()) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException none) {
            return Optional.empty();
        }
    }

    private static boolean publicAlongTheWay(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Never resolves a property: nothing to set.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
