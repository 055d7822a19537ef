package uk.imap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API method anyone may call without credentials, such as a professional's online referral (R32). Its boundary
 * decides what an anonymous caller may do; every other method of the API needs credentials with the call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WithoutSignIn {
}
