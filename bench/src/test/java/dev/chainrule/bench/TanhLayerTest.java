package dev.chainrule.bench;

import dev.chainrule.bench.functions.Flattening;
import dev.chainrule.bench.functions.TanhLayer;
import dev.chainrule.bench.functions.TanhLayerData;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The crossover benchmark measures right Jacobians: at each end and the middle of the sweep, every mode agrees. */
class TanhLayerTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 64, 512})
    void everyModeGivesTheHandWrittenJacobian(int n) {
        TanhLayerData data = TanhSweepBenchmark.data(n);
        DifferentiableFunction view = TanhSweepBenchmark.view(data);
        double[] reference = Flattening.concat(TanhLayer.jacobian(data.a(), data.x(),
                new double[TanhSweepBenchmark.SIZE / n][n]));
        for (Mode mode : Mode.values()) {
            Agreement.assertClose(reference, Flattening.concat(Jacobians.jacobian(view, data.x(), mode)), 1e-12,
                    mode.toString());
        }
        Agreement.assertClose(reference, Flattening.concat(GradientCheck.centralDifferences(view, data.x())), 1e-7,
                "central differences");
    }
}
