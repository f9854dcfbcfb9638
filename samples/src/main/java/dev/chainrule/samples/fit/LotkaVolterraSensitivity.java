package dev.chainrule.samples.fit;

import dev.chainrule.hipparchus.OdeJacobians;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.VariationalEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Sensitivities of the Lotka–Volterra solution ({@link LotkaVolterra}) to its four parameters, integrated by
 * Hipparchus's {@link VariationalEquation} with the generated Jacobians ({@link OdeJacobians}), and checked against
 * central differences of the integrated solution itself (two more integrations per parameter).
 *
 * <p>Hipparchus 4.0.2 gives the variational equation no finite-difference route for parameters that a user can
 * take ({@code ParameterConfiguration}'s constructor is package-private), so without exact Jacobians a user is left
 * with differences of whole integrations, as here.
 *
 * <p>{@link #run} counts a failure if a sensitivity differs from the central difference by more than
 * {@link #TOLERANCE} relative to the largest sensitivity.
 */
public final class LotkaVolterraSensitivity {

    /** The largest difference accepted, relative to the largest sensitivity. */
    public static final double TOLERANCE = 1e-5;

    /** The parameters {@code (α, β, δ, γ)}. */
    static final double[] PARAMETERS = {1.5, 1.0, 1.0, 3.0};

    /** The initial state {@code (u, v)}. */
    static final double[] INITIAL_STATE = {10, 5};

    /** The end of the integration. */
    static final double END = 10;

    private static final double TOLERANCE_OF_INTEGRATION = 1e-12;

    private LotkaVolterraSensitivity() {
    }

    /**
     * The ODE with exact Jacobians at the given parameters.
     *
     * @param parameters {@code (α, β, δ, γ)}
     * @return the adapter over {@code LotkaVolterraDerivatives.rhs(2, 4, 2)}
     */
    public static OdeJacobians ode(double[] parameters) {
        return OdeJacobians.autonomous(LotkaVolterraDerivatives.rhs(2, 4, 2), List.of(LotkaVolterra.NAMES),
                parameters);
    }

    /**
     * The sensitivities {@code dy(END)/dp} by the variational equation.
     *
     * @return four columns {@code dy/dp_k}, each of length 2, in the order of the parameters
     */
    public static double[][] sensitivities() {
        OdeJacobians ode = ode(PARAMETERS);
        ExpandableODE expandable = new ExpandableODE(ode);
        VariationalEquation variational = new VariationalEquation(expandable, ode);
        ODEState start = variational.setUpInitialState(new ODEState(0, INITIAL_STATE.clone()));
        ODEStateAndDerivative end = integrator().integrate(expandable, start, END);
        double[][] columns = new double[LotkaVolterra.NAMES.length][];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = variational.extractParameterJacobian(end, LotkaVolterra.NAMES[k]);
        }
        return columns;
    }

    /**
     * The sensitivities by central differences of the integrated solution, step {@code 1e-5·p_k}.
     *
     * @return four columns {@code dy/dp_k}, each of length 2
     */
    public static double[][] centralDifferences() {
        double[][] columns = new double[PARAMETERS.length][];
        for (int k = 0; k < PARAMETERS.length; k++) {
            double h = 1e-5 * PARAMETERS[k];
            double[] up = PARAMETERS.clone();
            double[] down = PARAMETERS.clone();
            up[k] += h;
            down[k] -= h;
            double[] yUp = solution(up);
            double[] yDown = solution(down);
            columns[k] = new double[] {(yUp[0] - yDown[0]) / (2 * h), (yUp[1] - yDown[1]) / (2 * h)};
        }
        return columns;
    }

    /**
     * The state at {@code END} for some parameters, by the plain ODE.
     *
     * @param parameters {@code (α, β, δ, γ)}
     * @return {@code (u, v)} at {@code END}
     */
    public static double[] solution(double[] parameters) {
        OrdinaryDifferentialEquation ode = ode(parameters);
        return integrator().integrate(ode, new ODEState(0, INITIAL_STATE.clone()), END).getPrimaryState();
    }

    /**
     * Runs the example and prints it.
     *
     * @param out where to print
     * @return the number of failed checks (0 when all pass)
     */
    public static int run(PrintStream out) {
        out.println("8. Sensitivities of Lotka-Volterra (u, v) at t = 10 to (alpha, beta, delta, gamma) = "
                + "(1.5, 1, 1, 3), from (10, 5): VariationalEquation with exact Jacobians vs central differences");
        double[][] exact = sensitivities();
        double[][] numeric = centralDifferences();
        double largest = 0;
        double worst = 0;
        for (int k = 0; k < exact.length; k++) {
            for (int i = 0; i < 2; i++) {
                largest = Math.max(largest, Math.abs(exact[k][i]));
                worst = Math.max(worst, Math.abs(exact[k][i] - numeric[k][i]));
            }
        }
        for (int k = 0; k < exact.length; k++) {
            out.printf(Locale.ROOT, "  d(u, v)/d%-6s variational (%14.6e, %14.6e)   central differences (%14.6e, "
                    + "%14.6e)%n", LotkaVolterra.NAMES[k], exact[k][0], exact[k][1], numeric[k][0], numeric[k][1]);
        }
        boolean ok = worst <= TOLERANCE * largest;
        out.printf(Locale.ROOT, "  max |diff| / max |sensitivity| = %.1e%s%n", worst / largest,
                ok ? "" : "  FAIL: above " + TOLERANCE);
        return ok ? 0 : 1;
    }

    private static DormandPrince853Integrator integrator() {
        return new DormandPrince853Integrator(1e-10, END, TOLERANCE_OF_INTEGRATION, TOLERANCE_OF_INTEGRATION);
    }
}
