package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.bench.functions.BundleAdjustment;
import dev.chainrule.bench.functions.BundleAdjustmentAdjoint;
import dev.chainrule.bench.functions.BundleAdjustmentData;
import dev.chainrule.bench.functions.BundleAdjustmentJacobian;
import dev.chainrule.bench.functions.BundleAdjustmentModes;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.Mode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The bundle adjustment benchmark measures right Jacobians: on the benchmark's problem, and on one whose first camera
 * has no rotation (the first-order branch), every way of filling the sparse Jacobian gives the same values.
 */
class BundleAdjustmentTest {

    private static final String SIZE = "10-1000-4000";

    @Test
    void everyWayGivesTheSameJacobianOnTheBenchmarksProblem() {
        assertEveryWayAgrees(BundleAdjustmentBenchmark.data(SIZE));
    }

    @Test
    void everyWayGivesTheSameJacobianWithoutRotation() {
        BundleAdjustmentData data = BundleAdjustmentBenchmark.data("2-50-200");
        for (double[] camera : data.cameras()) {
            camera[0] = 0;
            camera[1] = 0;
            camera[2] = 0;
        }
        assertEveryWayAgrees(data);
    }

    @Test
    void theJacobianKnowsItsStructure() {
        BundleAdjustmentData data = BundleAdjustmentBenchmark.data("2-50-200");
        BundleAdjustmentJacobian jacobian = new BundleAdjustmentJacobian(data);
        jacobian.put(3, 1, 12, 7.5);
        jacobian.putWeight(3, -2);
        int cameraColumns = BundleAdjustment.CAMERA_PARAMETERS * data.cameras().length;
        int pointColumn = cameraColumns + 3 * data.pointIndex()[3] + 1;
        assertEquals(7.5, jacobian.get(7, pointColumn));
        assertEquals(0, jacobian.get(6, pointColumn));
        int weightColumn = cameraColumns + 3 * data.points().length + 3;
        assertEquals(-2, jacobian.get(2 * data.observations() + 3, weightColumn));
    }

    private static void assertEveryWayAgrees(BundleAdjustmentData data) {
        double[] reference = fill(data, j -> new BundleAdjustmentAdjoint().jacobian(data, j));
        BundleAdjustmentModes modes = new BundleAdjustmentModes();
        Agreement.assertClose(reference, fill(data, j -> modes.forward(data, j)), 1e-9, "forward");
        Agreement.assertClose(reference, fill(data, j -> modes.reverse(data, j)), 1e-9, "reverse");
        for (Mode mode : Mode.values()) {
            Agreement.assertClose(reference, fill(data, j -> BundleAdjustmentModes.runtime(data, j, mode)), 1e-9,
                    "runtime " + mode);
        }
        Agreement.assertClose(reference, fill(data, j -> HipparchusDerivatives.bundleAdjustment(data, j)), 1e-9,
                "Hipparchus");
        Agreement.assertClose(reference, fill(data, j -> BundleAdjustmentModes.centralDifferences(data, j)), 1e-5,
                "central differences");
        double[] residuals = new double[3 * data.observations()];
        BundleAdjustment.residuals(data, residuals);
        double[] first = BundleAdjustment.reprojectionError(data.cameras()[data.cameraIndex()[0]],
                data.points()[data.pointIndex()[0]], data.weights()[0], data.features()[0]);
        assertArrayEquals(first, new double[] {residuals[0], residuals[1]});
    }

    private static double[] fill(BundleAdjustmentData data, Consumer<BundleAdjustmentJacobian> way) {
        BundleAdjustmentJacobian jacobian = new BundleAdjustmentJacobian(data);
        way.accept(jacobian);
        return jacobian.values().clone();
    }
}
