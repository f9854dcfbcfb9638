package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.bench.functions.Flattening;
import dev.chainrule.bench.functions.GaussianMixtureAdjoint;
import dev.chainrule.bench.functions.GaussianMixtureData;
import dev.chainrule.bench.functions.GaussianMixtureDerivatives;
import dev.chainrule.bench.peers.HipparchusDerivatives;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.GradientCheck;
import dev.chainrule.runtime.Jacobians;
import dev.chainrule.runtime.Mode;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GMM benchmark measures right derivatives: at the benchmark's own instances, the generated gradient equals the
 * hand-written adjoint and the runtime's AUTO (and, where the parameters are few, Hipparchus's and central
 * differences), and a generated JVP equals the gradient's inner product with its direction and a directional central
 * difference.
 */
class GaussianMixtureTest {

    @ParameterizedTest
    @ValueSource(strings = {"2-5", "10-5", "10-25"})
    void everyWayGivesTheSameGradient(String size) {
        GaussianMixtureData data = GaussianMixtureBenchmark.data(size);
        double constant = data.constant();
        int k = data.components();
        int d = data.dimension();
        int icfLength = data.icf()[0].length;
        double[] alphasBar = new double[k];
        double[][] meansBar = new double[k][d];
        double[][] icfBar = new double[k][icfLength];
        double value = GaussianMixtureDerivatives.objectiveVjp(data.alphas(), data.means(), data.icf(), data.x(),
                data.gamma(), data.m(), constant, 1, alphasBar, meansBar, icfBar);
        assertEquals(data.objective(), value, 1e-9 * Math.abs(value));
        double[] generated = Flattening.concat(new double[][] {alphasBar}, meansBar, icfBar);

        double handValue = new GaussianMixtureAdjoint(d, k).gradient(data, constant, alphasBar, meansBar, icfBar);
        assertEquals(value, handValue, 1e-9 * Math.abs(value));
        Agreement.assertClose(generated, Flattening.concat(new double[][] {alphasBar}, meansBar, icfBar), 1e-9,
                "hand-written");

        DifferentiableFunction view = GaussianMixtureBenchmark.view(data);
        double[] parameters = data.parameters();
        Agreement.assertClose(generated, Jacobians.jacobian(view, parameters, Mode.AUTO)[0], 1e-9, "AUTO");
        // The peers and central differences cost n evaluations' worth: check them where n is small.
        if (parameters.length <= 100) {
            Agreement.assertClose(generated, HipparchusDerivatives.gaussianMixture(data, constant), 1e-9,
                    "Hipparchus");
            Agreement.assertClose(generated, GradientCheck.centralDifferences(view, parameters)[0], 1e-5,
                    "central differences");
        }

        Random random = new Random(3);
        double[] direction = new double[parameters.length];
        for (int j = 0; j < direction.length; j++) {
            direction[j] = random.nextGaussian();
        }
        double[] y = new double[1];
        double[] yDot = new double[1];
        view.jvp(parameters, direction, y, yDot);
        double expected = 0;
        for (int j = 0; j < direction.length; j++) {
            expected += generated[j] * direction[j];
        }
        assertEquals(expected, yDot[0], 1e-9 * Math.max(1, Math.abs(expected)), "JVP = gradient · direction");
        double step = 1e-6;
        double[] plus = parameters.clone();
        double[] minus = parameters.clone();
        for (int j = 0; j < direction.length; j++) {
            plus[j] += step * direction[j];
            minus[j] -= step * direction[j];
        }
        double difference = (view.value(plus)[0] - view.value(minus)[0]) / (2 * step);
        assertEquals(expected, difference, 1e-5 * Math.max(1, Math.abs(expected)), "directional central difference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-5"})
    void theGeneratedJvpMatchesTheView(String size) {
        GaussianMixtureData data = GaussianMixtureBenchmark.data(size);
        int k = data.components();
        int d = data.dimension();
        double[] alphasDot = new double[k];
        alphasDot[0] = 1;
        Dual dual = GaussianMixtureDerivatives.objectiveJvp(data.alphas(), alphasDot, data.means(), new double[k][d],
                data.icf(), new double[k][data.icf()[0].length], data.x(), data.gamma(), data.m(), data.constant());
        double[] gradient = Jacobians.jacobian(GaussianMixtureBenchmark.view(data), data.parameters(),
                Mode.REVERSE)[0];
        assertEquals(gradient[0], dual.tangent(), 1e-9 * Math.max(1, Math.abs(gradient[0])));
    }
}
