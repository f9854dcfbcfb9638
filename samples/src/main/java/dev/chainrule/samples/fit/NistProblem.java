package dev.chainrule.samples.fit;

import dev.chainrule.runtime.DifferentiableFunction;
import org.hipparchus.analysis.MultivariateVectorFunction;

/**
 * A NIST StRD nonlinear regression problem: its model as the generated view (exact Jacobian) and as the plain method
 * (for finite differences), the response, NIST's first starting point and the certified values.
 *
 * @param name         NIST's name
 * @param formula      the model, in words
 * @param view         the model's generated view, {@code R^p -> R^n}
 * @param plain        the plain model method
 * @param observations the response, {@code n} values
 * @param start        NIST's first starting point
 * @param certified    the certified estimates
 * @param certifiedRss the certified residual sum of squares
 */
public record NistProblem(String name, String formula, DifferentiableFunction view, MultivariateVectorFunction plain,
        double[] observations, double[] start, double[] certified, double certifiedRss) {

    /**
     * Misra1a: two parameters, well conditioned.
     *
     * @return the problem ({@link Misra1a})
     */
    public static NistProblem misra1a() {
        return new NistProblem("Misra1a", "y = b1*(1 - exp(-b2*x))", Misra1aDerivatives.model(2, Misra1a.X.length),
                Misra1a::model, Misra1a.Y.clone(), Misra1a.START_1.clone(), Misra1a.CERTIFIED.clone(),
                Misra1a.CERTIFIED_RSS);
    }

    /**
     * Lanczos3: six parameters, a sum of three exponentials, ill-conditioned.
     *
     * @return the problem ({@link Lanczos3})
     */
    public static NistProblem lanczos3() {
        return new NistProblem("Lanczos3", "y = b1*exp(-b2*x) + b3*exp(-b4*x) + b5*exp(-b6*x)",
                Lanczos3Derivatives.model(6, Lanczos3.X.length), Lanczos3::model, Lanczos3.Y.clone(),
                Lanczos3.START_1.clone(), Lanczos3.CERTIFIED.clone(), Lanczos3.CERTIFIED_RSS);
    }
}
