package dev.practice2fa.policy.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A well-formed BCP 47 language tag naming a language, such as {@code en-AU}; null is allowed. */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = LanguageTagValidator.class)
public @interface LanguageTag {
    String message() default "must be a BCP 47 language tag such as en-AU";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
