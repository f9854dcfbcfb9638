package dev.chainrule.runtime;

import dev.chainrule.runtime.support.Checks;
import dev.chainrule.runtime.support.Flat;
import java.util.Arrays;
import java.util.Objects;

/**
 * Assembles whole Jacobians from a {@link DifferentiableFunction}'s products: by columns in vector forward mode, by
 * rows in reverse mode, or in whichever of the two {@link Mode#AUTO} estimates to be cheaper.
 *
 * <p>Every method is safe to call from many threads at once: the only state shared between calls is AUTO's
 * per-function timings, which are thread-safe and bounded in memory.
 */
public final class Jacobians {

    /**
     * The most directions one forward call carries unless the caller says otherwise: enough that the work a vector
     * sweep shares between its directions (the primal and the local partials) is spread thin, few enough that the
     * {@code k} tangents of every intermediate stay in cache.
     */
    public static final int DIRECTIONS_PER_SWEEP = 8;

    private Jacobians() {
    }

    /**
     * Computes the Jacobian in mode {@link Mode#AUTO}.
     *
     * @param f the function
     * @param x the point, length {@code f.inputDimension()}; read only
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂x_j}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     * @throws IllegalStateException    if {@code f}'s dimensions change while the Jacobian is assembled
     */
    public static double[][] jacobian(DifferentiableFunction f, double[] x) {
        return jacobian(f, x, Mode.AUTO);
    }

    /**
     * Computes the Jacobian in the given mode, with up to {@link #DIRECTIONS_PER_SWEEP} directions per forward call.
     *
     * @param f    the function
     * @param x    the point, length {@code f.inputDimension()}; read only
     * @param mode how to assemble the Jacobian
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂x_j}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     * @throws IllegalStateException    if {@code f}'s dimensions change while the Jacobian is assembled
     * @see #jacobian(DifferentiableFunction, double[], Mode, int)
     */
    public static double[][] jacobian(DifferentiableFunction f, double[] x, Mode mode) {
        return jacobian(f, x, mode, DIRECTIONS_PER_SWEEP);
    }

    /**
     * Computes the Jacobian in the given mode.
     *
     * <ul>
     *   <li>{@link Mode#FORWARD}: {@code ceil(n / directionsPerSweep)} calls of
     *       {@link DifferentiableFunction#jvps(double[], double[][], double[], double[][])} with the unit vectors,
     *       each giving that many columns.</li>
     *   <li>{@link Mode#REVERSE}: {@code ceil(m / directionsPerSweep)} calls of
     *       {@link DifferentiableFunction#vjps(double[], double[][], double[], double[][])} with the unit vectors,
     *       each giving that many rows.</li>
     *   <li>{@link Mode#AUTO}: the one of the two estimated to be cheaper, as {@link #explain(DifferentiableFunction,
     *       int)} describes. The estimates start from the build's operation counts ({@link dev.chainrule.runtime.support.Costs}) or textbook
     *       ratios, and are refined by timing some of the function's Jacobians; which mode a given call uses may
     *       therefore change over time, and the two agree up to rounding.</li>
     * </ul>
     *
     * @param f                  the function
     * @param x                  the point, length {@code f.inputDimension()}; read only
     * @param mode               how to assemble the Jacobian
     * @param directionsPerSweep the most directions one forward call, or seeds one reverse call, carries, at least 1
     * @return the {@code m × n} Jacobian, {@code J[i][j] = ∂f_i/∂x_j}
     * @throws IllegalArgumentException if {@code x} has the wrong length or {@code directionsPerSweep} is below 1
     * @throws IllegalStateException    if {@code f}'s dimensions change while the Jacobian is assembled
     */
    public static double[][] jacobian(DifferentiableFunction f, double[] x, Mode mode, int directionsPerSweep) {
        Objects.requireNonNull(f, "f is null");
        Objects.requireNonNull(mode, "mode is null");
        requirePositive(directionsPerSweep);
        int n = f.inputDimension();
        int m = f.outputDimension();
        Checks.length("x", x, n);
        double[][] jacobian = mode == Mode.AUTO
                ? AutoMode.jacobian(f, x, n, m, directionsPerSweep)
                : assemble(f, x, n, m, mode, directionsPerSweep);
        if (f.inputDimension() != n || f.outputDimension() != m) {
            throw new IllegalStateException(f + " changed from R^" + n + " -> R^" + m + " to R^" + f.inputDimension()
                    + " -> R^" + f.outputDimension() + " while its Jacobian was assembled");
        }
        return jacobian;
    }

    /**
     * Says which mode {@link Mode#AUTO} would use now for {@code f}'s Jacobian with up to
     * {@link #DIRECTIONS_PER_SWEEP} directions per forward call, what each mode is estimated to cost, and why.
     *
     * @param f the function
     * @return the choice; its {@code toString} is the reason in words
     * @see #explain(DifferentiableFunction, int)
     */
    public static ModeChoice explain(DifferentiableFunction f) {
        return explain(f, DIRECTIONS_PER_SWEEP);
    }

    /**
     * Says which mode {@link Mode#AUTO} would use now for {@code f}'s Jacobian, what each mode is estimated to cost,
     * and why, for example {@code REVERSE: m = 1 adjoint sweep (est. 4.0 f) beats ceil(n/8) = 125 vector-forward
     * sweeps (est. 1187.5 f); ...}.
     *
     * <p>A forward Jacobian costs {@code ceil(n/k)} vector sweeps of up to {@code k} directions, a reverse one
     * {@code m} adjoint sweeps. Each sweep's cost in evaluations of {@code f} comes from the build's operation counts
     * ({@link DifferentiableFunction#costs()}), or, for a function the build did not count, from Griewank and
     * Walther's ratios: a tangent sweep 2.5 f, an adjoint sweep 4 f, a vector tangent sweep 1.5 f plus 1 f per
     * direction if the function overrides {@code jvps}. Once AUTO has timed some of the function's Jacobians, the
     * estimates are scaled by the measured nanoseconds per {@code f} of each mode. Explaining records nothing.
     *
     * @param f                  the function
     * @param directionsPerSweep the most directions one forward call carries, at least 1
     * @return the choice; its {@code toString} is the reason in words
     * @throws IllegalArgumentException if {@code directionsPerSweep} is below 1
     */
    public static ModeChoice explain(DifferentiableFunction f, int directionsPerSweep) {
        Objects.requireNonNull(f, "f is null");
        requirePositive(directionsPerSweep);
        return AutoMode.explain(f, directionsPerSweep);
    }

    /**
     * Chooses a mode from the dimensions alone: forward when {@code n <= m}, otherwise reverse. This counts sweeps
     * and ignores what each costs, which is what {@link Mode#AUTO} no longer does.
     *
     * @param n the number of inputs, at least 0
     * @param m the number of outputs, at least 0
     * @return {@link Mode#FORWARD} when {@code n <= m}, otherwise {@link Mode#REVERSE}
     * @throws IllegalArgumentException if either dimension is negative
     * @deprecated AUTO weighs each sweep's cost and vector forward mode; use {@code explain(f).mode()} for the mode
     *             it picks for a function
     */
    @Deprecated(since = "0.1.0")
    public static Mode choose(int n, int m) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("dimensions must not be negative, got n = " + n + ", m = " + m);
        }
        return n <= m ? Mode.FORWARD : Mode.REVERSE;
    }

    /** Assembles the Jacobian in {@link Mode#FORWARD} or {@link Mode#REVERSE}; the arguments are already checked. */
    static double[][] assemble(DifferentiableFunction f, double[] x, int n, int m, Mode mode, int directions) {
        return mode == Mode.FORWARD ? byColumns(f, x, n, m, directions) : byRows(f, x, n, m, directions);
    }

    private static double[][] byColumns(DifferentiableFunction f, double[] x, int n, int m, int directions) {
        double[][] jacobian = Flat.matrix(m, n);
        int k = Math.min(directions, n);
        double[][] v = Flat.matrix(k, n);
        double[][] yDot = Flat.matrix(k, m);
        double[] y = new double[m];
        for (int first = 0; first < n; first += k) {
            int width = Math.min(k, n - first);
            // jvps takes as many directions as v holds: the last chunk may be narrower.
            double[][] seeds = width == k ? v : Arrays.copyOf(v, width);
            double[][] tangents = width == k ? yDot : Arrays.copyOf(yDot, width);
            for (int d = 0; d < width; d++) {
                seeds[d][first + d] = 1;
            }
            f.jvps(x, seeds, y, tangents);
            for (int d = 0; d < width; d++) {
                seeds[d][first + d] = 0;
                double[] column = tangents[d];
                for (int i = 0; i < m; i++) {
                    jacobian[i][first + d] = column[i];
                }
            }
        }
        return jacobian;
    }

    private static double[][] byRows(DifferentiableFunction f, double[] x, int n, int m, int seeds) {
        double[][] jacobian = Flat.matrix(m, n);
        int k = Math.min(seeds, m);
        double[][] w = Flat.matrix(k, m);
        double[] y = new double[m];
        for (int first = 0; first < m; first += k) {
            int width = Math.min(k, m - first);
            // vjps takes as many seeds as w holds: the last chunk may be narrower.
            double[][] chunk = width == k ? w : Arrays.copyOf(w, width);
            for (int s = 0; s < width; s++) {
                chunk[s][first + s] = 1;
            }
            // vjp and vjps overwrite their adjoints, so the rows are written in place; one row is one plain sweep.
            if (width == 1) {
                f.vjp(x, chunk[0], y, jacobian[first]);
            } else {
                f.vjps(x, chunk, y, Arrays.copyOfRange(jacobian, first, first + width));
            }
            for (int s = 0; s < width; s++) {
                chunk[s][first + s] = 0;
            }
        }
        return jacobian;
    }

    private static void requirePositive(int directionsPerSweep) {
        if (directionsPerSweep < 1) {
            throw new IllegalArgumentException(
                    "directionsPerSweep is " + directionsPerSweep + ", expected at least 1");
        }
    }
}
