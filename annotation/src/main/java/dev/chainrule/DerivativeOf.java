package dev.chainrule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the annotated static method to be a partial derivative of another method, for methods chainrule cannot or
 * should not differentiate itself (a special function from a library, an iterative solver). Wherever a
 * {@link Differentiable} method calls that method, both forward and reverse mode use this rule.
 *
 * <pre>{@code
 * @DerivativeOf("Special.erf")
 * static double erfPrime(double x) {
 *     return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
 * }
 * }</pre>
 *
 * <p>The rule takes the same parameters as the method it differentiates and returns the partial derivative of its
 * {@code double} result with respect to the parameter named by {@link #wrt()}. A method of several {@code double}
 * parameters needs one rule per parameter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(DerivativeOf.List.class)
public @interface DerivativeOf {

    /**
     * The method differentiated: {@code "name"} in the annotated method's class, {@code "Owner.name"} for a class in
     * the same package or imported by simple name, or a fully qualified {@code "pkg.Owner.name"}.
     */
    String value();

    /** The parameter this rule is the partial derivative with respect to; may be omitted for one parameter. */
    String wrt() default "";

    /** Several rules on one method. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        DerivativeOf[] value();
    }
}
