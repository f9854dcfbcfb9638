package dev.chainrule.bench.functions;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.DualVector;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * The whole bundle adjustment Jacobian by each of chainrule's ways, one observation's 2 × 15 block at a time,
 * scattered into a {@link BundleAdjustmentJacobian}: 15 generated tangent sweeps, 2 generated adjoint sweeps, the
 * runtime driver in a given mode over the generated view, and central differences over the same view. The weight
 * residual's derivative comes from the generated derivatives of {@link BundleAdjustment#weightError}. Holds its
 * tangent and adjoint arrays, so one instance serves one thread.
 */
public final class BundleAdjustmentModes {

    private static final int CAMERA = BundleAdjustment.CAMERA_PARAMETERS;
    private static final int INPUTS = BundleAdjustment.OBSERVATION_INPUTS;

    private final double[] cameraDot = new double[CAMERA];
    private final double[] pointDot = new double[3];
    private final double[] cameraBar = new double[CAMERA];
    private final double[] pointBar = new double[3];
    private final double[] weightBar = new double[1];
    private final double[][] seeds = {{1, 0}, {0, 1}};

    /**
     * Fills the Jacobian by forward mode: one {@code reprojectionErrorJvp} per input of each observation.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     */
    public void forward(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian) {
        for (int i = 0; i < data.observations(); i++) {
            double[] camera = data.cameras()[data.cameraIndex()[i]];
            double[] point = data.points()[data.pointIndex()[i]];
            double weight = data.weights()[i];
            double[] feature = data.features()[i];
            for (int input = 0; input < INPUTS; input++) {
                double weightDot = input == INPUTS - 1 ? 1 : 0;
                seedTangent(input, 1);
                DualVector column = BundleAdjustmentDerivatives.reprojectionErrorJvp(camera, cameraDot, point,
                        pointDot, weight, weightDot, feature);
                seedTangent(input, 0);
                jacobian.put(i, 0, input, column.tangent()[0]);
                jacobian.put(i, 1, input, column.tangent()[1]);
            }
            jacobian.putWeight(i, BundleAdjustmentDerivatives.weightErrorJvp(weight, 1).tangent());
        }
    }

    /**
     * Fills the Jacobian by reverse mode: one {@code reprojectionErrorVjp} per residual entry of each observation.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     */
    public void reverse(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian) {
        for (int i = 0; i < data.observations(); i++) {
            double[] camera = data.cameras()[data.cameraIndex()[i]];
            double[] point = data.points()[data.pointIndex()[i]];
            double weight = data.weights()[i];
            double[] feature = data.features()[i];
            for (int output = 0; output < 2; output++) {
                Arrays.fill(cameraBar, 0);
                Arrays.fill(pointBar, 0);
                weightBar[0] = 0;
                BundleAdjustmentDerivatives.reprojectionErrorVjp(camera, point, weight, feature, seeds[output],
                        cameraBar, pointBar, weightBar);
                for (int input = 0; input < CAMERA; input++) {
                    jacobian.put(i, output, input, cameraBar[input]);
                }
                for (int input = 0; input < 3; input++) {
                    jacobian.put(i, output, CAMERA + input, pointBar[input]);
                }
                jacobian.put(i, output, INPUTS - 1, weightBar[0]);
            }
            weightBar[0] = 0;
            BundleAdjustmentDerivatives.weightErrorVjp(weight, 1, weightBar);
            jacobian.putWeight(i, weightBar[0]);
        }
    }

    /**
     * Fills the Jacobian through the runtime: {@link Jacobians#jacobian(DifferentiableFunction, double[], Mode)} on
     * each observation's generated view, as a user would call it.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     * @param mode     the mode to ask the driver for
     */
    public static void runtime(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian, Mode mode) {
        byView(data, jacobian, (f, x) -> Jacobians.jacobian(f, x, mode));
    }

    /**
     * Fills the Jacobian by central differences ({@link GradientCheck#centralDifferences}) on each observation's view.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     */
    public static void centralDifferences(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian) {
        byView(data, jacobian, GradientCheck::centralDifferences);
    }

    /** Fills the Jacobian with the blocks a driver computes from each observation's generated view. */
    private static void byView(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian,
            BiFunction<DifferentiableFunction, double[], double[][]> driver) {
        DifferentiableFunction weightView = BundleAdjustmentDerivatives.weightError();
        for (int i = 0; i < data.observations(); i++) {
            DifferentiableFunction view = BundleAdjustmentDerivatives.reprojectionError(CAMERA, 3, 2,
                    data.features()[i]);
            double[][] block = driver.apply(view, data.observationInputs(i));
            jacobian.putRow(i, 0, block[0]);
            jacobian.putRow(i, 1, block[1]);
            jacobian.putWeight(i, driver.apply(weightView, new double[] {data.weights()[i]})[0][0]);
        }
    }

    /** Sets the tangent of one of the 15 inputs (the weight's is passed as a scalar by the caller). */
    private void seedTangent(int input, double value) {
        if (input < CAMERA) {
            cameraDot[input] = value;
        } else if (input < INPUTS - 1) {
            pointDot[input - CAMERA] = value;
        }
    }
}
