package dev.chainrule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method whose derivatives chainrule generates at build time.
 *
 * <p>For a method {@code m} of class {@code C}, the annotation processor writes {@code CDerivatives} beside {@code C}
 * with the forward mode {@code mJvp}, the reverse mode {@code mVjp}, the convenience {@code mGradient} and a
 * {@code DifferentiableFunction} view {@code m(...)}. Anything in the body that cannot be differentiated correctly is a
 * compile error at that expression.
 *
 * <p>Retention is {@code CLASS} so that incremental builds still see the annotation in compiled classes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Differentiable {

    /**
     * Names of the parameters to differentiate with respect to. Empty (the default) means every {@code double}
     * parameter not marked {@link NoDerivative}.
     */
    String[] wrt() default {};
}
