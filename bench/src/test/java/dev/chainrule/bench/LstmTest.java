package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.bench.functions.Flattening;
import dev.chainrule.bench.functions.LstmAdjoint;
import dev.chainrule.bench.functions.LstmData;
import dev.chainrule.bench.functions.LstmDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LSTM benchmark measures right derivatives: at the benchmark's problems, the generated gradient equals
 * hand-written backpropagation through time, the runtime's AUTO and central differences, and one generated JVP per
 * coordinate of a small problem gives the same gradient.
 */
class LstmTest {

    @ParameterizedTest
    @ValueSource(strings = {"2-14-128", "2-14-256", "2-14-1024"})
    void everyWayGivesTheSameGradient(String size) {
        LstmData data = LstmBenchmark.data(size);
        double[] generated = generatedGradient(data);
        int layers = data.mainParams().length / 2;
        int width = data.extraParams()[0].length;
        double[][] mainBar = new double[2 * layers][4 * width];
        double[][] extraBar = new double[3][width];
        double value = new LstmAdjoint(layers, width, data.sequence().length).gradient(data, mainBar, extraBar);
        assertEquals(data.objective(), value, 1e-12);
        Agreement.assertClose(generated, Flattening.concat(mainBar, extraBar), 1e-10, "hand-written");
        DifferentiableFunction view = LstmBenchmark.view(data);
        Agreement.assertClose(generated, Jacobians.jacobian(view, data.parameters(), Mode.AUTO)[0], 1e-12, "AUTO");
        Agreement.assertClose(generated, GradientCheck.centralDifferences(view, data.parameters())[0], 1e-6,
                "central differences");
    }

    @Test
    void forwardAndReverseAgreeOnASmallProblem() {
        LstmData data = LstmBenchmark.data("2-3-6");
        DifferentiableFunction view = LstmBenchmark.view(data);
        Agreement.assertClose(generatedGradient(data), Jacobians.jacobian(view, data.parameters(), Mode.FORWARD)[0],
                1e-12, "forward");
    }

    private static double[] generatedGradient(LstmData data) {
        int layers = data.mainParams().length / 2;
        int width = data.extraParams()[0].length;
        double[][] mainBar = new double[2 * layers][4 * width];
        double[][] extraBar = new double[3][width];
        double value = LstmDerivatives.objectiveVjp(data.mainParams(), data.extraParams(), data.state(),
                data.sequence(), 1, mainBar, extraBar);
        assertEquals(data.objective(), value, 1e-12);
        return Flattening.concat(mainBar, extraBar);
    }
}
