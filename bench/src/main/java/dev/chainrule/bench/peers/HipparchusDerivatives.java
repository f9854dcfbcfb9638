package dev.chainrule.bench.peers;

import dev.chainrule.bench.functions.BundleAdjustment;
import dev.chainrule.bench.functions.BundleAdjustmentData;
import dev.chainrule.bench.functions.BundleAdjustmentJacobian;
import dev.chainrule.bench.functions.GaussianMixtureData;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.util.MathArrays;

/**
 * Derivatives of the benchmark functions by Hipparchus, the operator-overloading peer: every input becomes a
 * {@link Gradient} (or {@link DerivativeStructure}) variable carrying all {@code n} partial derivatives, and
 * {@link FieldFunctions} runs the function on them. What a user of Hipparchus writes; each call builds its variables
 * afresh, as such a user would.
 */
public final class HipparchusDerivatives {

    private HipparchusDerivatives() {
    }

    /**
     * The gradient of the Rosenbrock function.
     *
     * @param x the point
     * @return the gradient, a new array
     */
    public static double[] rosenbrock(double[] x) {
        return FieldFunctions.rosenbrock(variables(x)).getGradient();
    }

    /**
     * The gradient of the Rosenbrock function by first-order {@link DerivativeStructure}s, Hipparchus's general
     * (any-order) type.
     *
     * @param x the point
     * @return the gradient, a new array
     */
    public static double[] rosenbrockDerivativeStructure(double[] x) {
        DSFactory factory = new DSFactory(x.length, 1);
        DerivativeStructure[] variables = new DerivativeStructure[x.length];
        for (int i = 0; i < x.length; i++) {
            variables[i] = factory.variable(i, x[i]);
        }
        // For first order the derivatives follow the value in variable order.
        double[] all = FieldFunctions.rosenbrock(variables).getAllDerivatives();
        return Arrays.copyOfRange(all, 1, all.length);
    }

    /**
     * The gradient of the Gaussian mixture objective with respect to its flat parameters ({@code alphas}, then
     * {@code means} and {@code icf} row by row).
     *
     * @param data     the instance
     * @param constant its {@link GaussianMixtureData#constant()}
     * @return the gradient, a new array
     */
    public static double[] gaussianMixture(GaussianMixtureData data, double constant) {
        int k = data.components();
        int d = data.dimension();
        int icfLength = data.icf()[0].length;
        Gradient[] all = variables(data.parameters());
        Gradient[] alphas = new Gradient[k];
        Gradient[][] means = MathArrays.buildArray(all[0].getField(), k, d);
        Gradient[][] icf = MathArrays.buildArray(all[0].getField(), k, icfLength);
        System.arraycopy(all, 0, alphas, 0, k);
        for (int c = 0; c < k; c++) {
            System.arraycopy(all, k + c * d, means[c], 0, d);
            System.arraycopy(all, k + k * d + c * icfLength, icf[c], 0, icfLength);
        }
        return FieldFunctions.gaussianMixture(alphas, means, icf, data.x(), data.gamma(), data.m(), constant)
                .getGradient();
    }

    /**
     * Fills the bundle adjustment Jacobian, one observation's 15 variables at a time.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     */
    public static void bundleAdjustment(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian) {
        int cameraParameters = BundleAdjustment.CAMERA_PARAMETERS;
        for (int i = 0; i < data.observations(); i++) {
            Gradient[] inputs = variables(data.observationInputs(i));
            Gradient[] camera = new Gradient[cameraParameters];
            Gradient[] point = new Gradient[3];
            System.arraycopy(inputs, 0, camera, 0, cameraParameters);
            System.arraycopy(inputs, cameraParameters, point, 0, 3);
            Gradient weight = inputs[cameraParameters + 3];
            Gradient[] error = FieldFunctions.reprojectionError(camera, point, weight, data.features()[i]);
            jacobian.putRow(i, 0, error[0].getGradient());
            jacobian.putRow(i, 1, error[1].getGradient());
            Gradient w = Gradient.variable(1, 0, data.weights()[i]);
            jacobian.putWeight(i, w.multiply(w).negate().add(1).getPartialDerivative(0));
        }
    }

    /**
     * The Jacobian of the Lotka–Volterra trajectory with respect to its rates.
     *
     * @param p     the rates
     * @param u0    the initial prey population
     * @param v0    the initial predator population
     * @param h     the step
     * @param steps the number of steps
     * @return the {@code 2 · steps × 4} Jacobian, a new array
     */
    public static double[][] trajectory(double[] p, double u0, double v0, double h, int steps) {
        Gradient[] states = FieldFunctions.trajectory(variables(p), u0, v0, h, steps);
        double[][] jacobian = new double[states.length][];
        for (int i = 0; i < states.length; i++) {
            jacobian[i] = states[i].getGradient();
        }
        return jacobian;
    }

    /** One {@code Gradient} variable per entry of {@code x}, each seeded with its own unit direction. */
    private static Gradient[] variables(double[] x) {
        Gradient[] variables = new Gradient[x.length];
        for (int i = 0; i < x.length; i++) {
            variables[i] = Gradient.variable(x.length, i, x[i]);
        }
        return variables;
    }
}
