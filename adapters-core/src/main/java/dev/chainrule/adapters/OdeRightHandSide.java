package dev.chainrule.adapters;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.support.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * An ODE's right-hand side {@code dy/dt = f(t, y, p)} at fixed values of its named parameters, from views over the
 * state followed by the parameters, {@code (y, p) -> dy/dt}, one per time: its value, and its Jacobian's columns by
 * tangent sweeps, the state's {@code n} in one vector sweep and each parameter's on its own, so that a variational
 * equation pays only for the columns it asks for.
 *
 * <p>Immutable; as thread-safe as the views.
 */
public final class OdeRightHandSide {

    private final DoubleFunction<DifferentiableFunction> viewAt;
    private final List<String> names;
    private final double[] parameters;
    private final int dimension;

    private OdeRightHandSide(DoubleFunction<DifferentiableFunction> viewAt, List<String> names, double[] parameters) {
        this.viewAt = viewAt;
        this.names = names;
        this.parameters = parameters;
        DifferentiableFunction first = present(viewAt.apply(0), 0);
        if (first.outputDimension() < 1) {
            throw new IllegalArgumentException("the right-hand side must have an output per state, but " + first
                    + " has none");
        }
        this.dimension = first.outputDimension();
        fits(first, 0);
    }

    /**
     * Wraps the views of a right-hand side.
     *
     * @param viewAt the view at time {@code t}, {@code R^(n + k) -> R^n}; asked once per evaluation, and at time 0
     *               now to learn {@code n}
     * @param names  the parameters' names, {@code k} of them, distinct, in the order of {@code p}
     * @param values the parameters' values, length {@code k}; copied
     * @return the right-hand side
     * @throws NullPointerException     if an argument or a name is null, or the view at time 0 is
     * @throws IllegalArgumentException if the names are not distinct, the values do not match them, or the view's
     *                                  dimensions do not fit them
     */
    public static OdeRightHandSide of(DoubleFunction<DifferentiableFunction> viewAt, List<String> names,
            double[] values) {
        Objects.requireNonNull(viewAt, "rightHandSide is null");
        Objects.requireNonNull(names, "names is null");
        List<String> copy = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            copy.add(Objects.requireNonNull(names.get(i), "names[" + i + "] is null"));
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("the parameters' names must be distinct, but they are " + copy);
        }
        Checks.length("values", values, copy.size());
        return new OdeRightHandSide(viewAt, List.copyOf(copy), values.clone());
    }

    /**
     * Returns the dimension of the state.
     *
     * @return {@code n}
     */
    public int dimension() {
        return dimension;
    }

    /**
     * Returns the parameters' names.
     *
     * @return the names, in the order of {@code p}; unmodifiable
     */
    public List<String> names() {
        return names;
    }

    /**
     * Finds a parameter.
     *
     * @param name a name
     * @return its index in {@code p}, or {@code -1} if it is not one of {@link #names()}
     */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /**
     * Evaluates the right-hand side.
     *
     * @param t the time
     * @param y the state, length {@code n}; read only
     * @return {@code dy/dt}, a new array
     * @throws IllegalArgumentException if {@code y} has the wrong length
     */
    public double[] derivatives(double t, double[] y) {
        return view(t).value(point(y));
    }

    /**
     * Writes {@code ∂f/∂y} into the caller's matrix.
     *
     * @param t    the time
     * @param y    the state, length {@code n}; read only
     * @param into receives the {@code n × n} Jacobian, {@code into[i][j] = ∂f_i/∂y_j}
     * @throws IllegalArgumentException if {@code y} or {@code into} has the wrong shape
     */
    public void stateJacobian(double t, double[] y, double[][] into) {
        Checks.shape("dFdY", into, dimension, dimension);
        double[] x = point(y);
        double[][] directions = new double[dimension][x.length];
        double[][] columns = new double[dimension][dimension];
        for (int j = 0; j < dimension; j++) {
            directions[j][j] = 1;
        }
        view(t).jvps(x, directions, new double[dimension], columns);
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                into[i][j] = columns[j][i];
            }
        }
    }

    /**
     * Computes {@code ∂f/∂p} for one parameter.
     *
     * @param t     the time
     * @param y     the state, length {@code n}; read only
     * @param index the parameter's index in {@code p}, as {@link #indexOf} gives it
     * @return the column, length {@code n}, a new array
     * @throws IllegalArgumentException  if {@code y} has the wrong length
     * @throws IndexOutOfBoundsException if {@code index} is not a parameter's
     */
    public double[] parameterColumn(double t, double[] y, int index) {
        Objects.checkIndex(index, parameters.length);
        double[] x = point(y);
        double[] direction = new double[x.length];
        direction[dimension + index] = 1;
        return view(t).jvp(x, direction);
    }

    /** The view at {@code t}, checked against the state and parameter counts. */
    private DifferentiableFunction view(double t) {
        return fits(present(viewAt.apply(t), t), t);
    }

    private DifferentiableFunction fits(DifferentiableFunction view, double t) {
        if (view.outputDimension() != dimension || view.inputDimension() != dimension + parameters.length) {
            throw new IllegalArgumentException("the right-hand side at t = " + t + " maps R^" + view.inputDimension()
                    + " -> R^" + view.outputDimension() + ", but an ODE of " + dimension + " states and "
                    + parameters.length + " parameters needs R^" + (dimension + parameters.length) + " -> R^"
                    + dimension + " (the state, then the parameters)");
        }
        return view;
    }

    private static DifferentiableFunction present(DifferentiableFunction view, double t) {
        if (view == null) {
            throw new NullPointerException("rightHandSide gave no view at t = " + t);
        }
        return view;
    }

    private double[] point(double[] y) {
        Checks.length("y", y, dimension);
        double[] x = new double[dimension + parameters.length];
        System.arraycopy(y, 0, x, 0, dimension);
        System.arraycopy(parameters, 0, x, dimension, parameters.length);
        return x;
    }
}
