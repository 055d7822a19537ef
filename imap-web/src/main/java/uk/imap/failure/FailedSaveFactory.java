package uk.imap.failure;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link FailedSave} in front of the exception handling Faces already has. */
public class FailedSaveFactory extends ExceptionHandlerFactory {

    public FailedSaveFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FailedSave(getWrapped().getExceptionHandler());
    }
}
