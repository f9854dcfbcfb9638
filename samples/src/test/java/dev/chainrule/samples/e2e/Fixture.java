package dev.chainrule.samples.e2e;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.DualVector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * One {@code @Differentiable} fixture method, its oracle and its domain, with reflective access to the four
 * generated entry points ({@code mJvp}, {@code mVjp}, {@code mGradient}, the view {@code m(...)}).
 *
 * <p>Parameters may be {@code double}, {@code double[]}, {@code double[][]} (differentiable unless declared
 * {@link #constant(int) constant}), or {@code int}, {@code long}, {@code boolean} (always constant); the result is a
 * {@code double} or a {@code double[]}. Arrays get their shape from {@link #shape(int, int)} /
 * {@link #shape(int, int, int)}.
 *
 * <p>A point {@code p} is one flat {@code double[]} holding every parameter of the original method in declaration
 * order, arrays row-major (an {@code int} as an integral double, a {@code boolean} as 0 or 1). The coordinates of the
 * differentiable ("active") parameters, in that order, form the flat vector {@code x} of the generated view and of
 * every Jacobian here: {@code J[i][k] = ∂ result_i / ∂ x_k}. For a fixture of scalars only, point coordinates are
 * the parameters themselves.
 */
final class Fixture {

    /** The scalar oracle of a fixture of scalars: the same formula in {@link DerivativeStructure}, one per param. */
    interface Oracle extends Function<DerivativeStructure[], DerivativeStructure> {
    }

    /** An oracle over structured arguments for a {@code double} result. */
    interface ScalarOracle {
        DerivativeStructure apply(Args a);
    }

    /** An oracle over structured arguments for a {@code double[]} result. */
    interface VectorOracle {
        DerivativeStructure[] apply(Args a);
    }

    /** A closed-form oracle: for a point, {@code rows[i] = {result_i, ∂result_i/∂x_0, ...}} in active order. */
    interface ClosedForm {
        double[][] apply(double[] p);
    }

    /** Parameter kinds. */
    enum Kind {
        SCALAR, VECTOR, MATRIX, INT, LONG, BOOLEAN;

        static Kind of(Class<?> type) {
            if (type == double.class) {
                return SCALAR;
            } else if (type == double[].class) {
                return VECTOR;
            } else if (type == double[][].class) {
                return MATRIX;
            } else if (type == int.class) {
                return INT;
            } else if (type == long.class) {
                return LONG;
            } else if (type == boolean.class) {
                return BOOLEAN;
            }
            throw new IllegalArgumentException("unsupported fixture parameter type " + type);
        }

        boolean differentiable() {
            return this == SCALAR || this == VECTOR || this == MATRIX;
        }
    }

    /**
     * The arguments of an oracle: the point's coordinates as {@link DerivativeStructure}s, active coordinates as free
     * parameters (in active order) and every other coordinate as a constant, viewed by parameter.
     */
    final class Args {
        private final DerivativeStructure[] flat;

        private Args(DerivativeStructure[] flat) {
            this.flat = flat;
        }

        DerivativeStructure scalar(int param) {
            return flat[offset(param)];
        }

        DerivativeStructure[] vector(int param) {
            return Arrays.copyOfRange(flat, offset(param), offset(param) + rows[param]);
        }

        DerivativeStructure[][] matrix(int param) {
            DerivativeStructure[][] m = new DerivativeStructure[rows[param]][];
            for (int r = 0; r < rows[param]; r++) {
                int from = offset(param) + r * cols[param];
                m[r] = Arrays.copyOfRange(flat, from, from + cols[param]);
            }
            return m;
        }

        int integer(int param) {
            return (int) flat[offset(param)].getValue();
        }

        boolean bool(int param) {
            return flat[offset(param)].getValue() != 0;
        }

        /** A constant with the same free parameters as the arguments. */
        DerivativeStructure constant(double value) {
            return flat.length == 0 ? new DerivativeStructure(0, 1, value)
                    : new DerivativeStructure(flat[0].getFreeParameters(), flat[0].getOrder(), value);
        }

        /** Every coordinate of the point, for fixtures of scalars. */
        DerivativeStructure[] flat() {
            return flat.clone();
        }
    }

    private final Class<?> owner;
    private final String method;
    private final VectorOracle oracle;
    private final ClosedForm closedForm;
    private final int arity;
    private final Kind[] kinds;
    private final boolean[] active;
    private final int[] rows;
    private final int[] cols;
    private final double[] lo;
    private final double[] hi;
    private final boolean vectorResult;
    private final List<double[]> fixedPoints = new ArrayList<>();
    private final List<double[]> kinks = new ArrayList<>();
    private final java.util.Map<Integer, double[]> coordinateRanges = new java.util.HashMap<>();
    private Predicate<double[]> accept = p -> true;
    private boolean finiteDifferences = true;
    private int pointCount = -1;
    private String label = "";

    private final Method original;
    private Method jvp;
    private Method vjp;
    private Method gradient;
    private Method view;

    private Fixture(Class<?> owner, String method, VectorOracle oracle, ClosedForm closedForm) {
        this.owner = owner;
        this.method = method;
        this.oracle = oracle;
        this.closedForm = closedForm;
        this.original = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .reduce((a, b) -> {
                    throw new IllegalStateException("overloaded fixture " + method);
                })
                .orElseThrow(() -> new IllegalStateException("no fixture " + owner.getSimpleName() + "." + method));
        this.original.setAccessible(true);
        this.arity = original.getParameterCount();
        this.kinds = new Kind[arity];
        this.active = new boolean[arity];
        this.rows = new int[arity];
        this.cols = new int[arity];
        for (int i = 0; i < arity; i++) {
            kinds[i] = Kind.of(original.getParameterTypes()[i]);
            active[i] = kinds[i].differentiable();
            rows[i] = 1;
            cols[i] = 1;
        }
        Class<?> result = original.getReturnType();
        if (result != double.class && result != double[].class) {
            throw new IllegalArgumentException("unsupported fixture result type " + result);
        }
        this.vectorResult = result == double[].class;
        this.lo = new double[arity];
        this.hi = new double[arity];
        Arrays.fill(lo, -5);
        Arrays.fill(hi, 5);
        for (int i = 0; i < arity; i++) {
            if (kinds[i] == Kind.BOOLEAN) {
                lo[i] = 0;
                hi[i] = 1;
            }
        }
    }

    /** A fixture of {@code double} parameters, all differentiable and drawn from [-5, 5] until narrowed. */
    static Fixture of(Class<?> owner, String method, Oracle oracle) {
        return new Fixture(owner, method, a -> new DerivativeStructure[] {oracle.apply(a.flat())}, null);
    }

    /** A fixture with a {@code double} result and structured parameters. */
    static Fixture scalar(Class<?> owner, String method, ScalarOracle oracle) {
        return new Fixture(owner, method, a -> new DerivativeStructure[] {oracle.apply(a)}, null);
    }

    /** A fixture with a {@code double[]} result. */
    static Fixture vector(Class<?> owner, String method, VectorOracle oracle) {
        return new Fixture(owner, method, oracle, null);
    }

    /** A fixture checked against closed-form derivatives. */
    static Fixture closedForm(Class<?> owner, String method, ClosedForm closedForm) {
        return new Fixture(owner, method, null, closedForm);
    }

    /** Every parameter drawn from [lo, hi]. */
    Fixture all(double lo, double hi) {
        for (int i = 0; i < arity; i++) {
            if (kinds[i] != Kind.BOOLEAN) {
                this.lo[i] = lo;
                this.hi[i] = hi;
            }
        }
        return this;
    }

    /** Parameter {@code i} (every element of an array) drawn from [lo, hi]; integers uniformly from lo..hi. */
    Fixture range(int i, double lo, double hi) {
        this.lo[i] = lo;
        this.hi[i] = hi;
        return this;
    }

    /** Element {@code element} (row-major) of array parameter {@code i} drawn from [lo, hi]. */
    Fixture range(int i, int element, double lo, double hi) {
        if (element < 0 || element >= size(i)) {
            throw new IllegalArgumentException(name() + ": parameter " + i + " has no element " + element);
        }
        coordinateRanges.put(offset(i) + element, new double[] {lo, hi});
        return this;
    }

    /** Parameter {@code i} (an int or long) fixed at {@code value}. */
    Fixture set(int i, int value) {
        return range(i, value, value);
    }

    /** Parameter {@code i} is a {@code double[]} of {@code length}. */
    Fixture shape(int i, int length) {
        requireKind(i, Kind.VECTOR);
        rows[i] = length;
        cols[i] = 1;
        return this;
    }

    /** Parameter {@code i} is a {@code double[rows][cols]}. */
    Fixture shape(int i, int rows, int cols) {
        requireKind(i, Kind.MATRIX);
        this.rows[i] = rows;
        this.cols[i] = cols;
        return this;
    }

    /** Parameter {@code i} is not differentiated ({@code @NoDerivative} or outside {@code wrt}). */
    Fixture constant(int i) {
        active[i] = false;
        return this;
    }

    /** Rejects sample points (kinks, branch cuts) where central differences are meaningless. */
    Fixture accept(Predicate<double[]> predicate) {
        this.accept = predicate;
        return this;
    }

    /** A point checked besides the random ones (first), whether or not {@link #accept} accepts it. */
    Fixture at(double... point) {
        if (point.length != dimension()) {
            throw new IllegalArgumentException(name() + ": point of " + point.length + " coordinates, expected "
                    + dimension());
        }
        fixedPoints.add(point.clone());
        return this;
    }

    /**
     * A point on a kink, branch boundary or tie, checked besides the random ones (first) by every check except
     * central differences, which cannot see a one-sided policy.
     */
    Fixture atKink(double... point) {
        at(point);
        kinks.add(point.clone());
        return this;
    }

    /** Whether {@code p} was given by {@link #atKink}. */
    boolean isKink(double[] p) {
        return kinks.stream().anyMatch(k -> Arrays.equals(k, p));
    }

    /** The number of random points, instead of the harness default. */
    Fixture sampled(int count) {
        this.pointCount = count;
        return this;
    }

    /**
     * The function is not a smooth function of its inputs in a neighbourhood of the sample points (for example a
     * bisection, whose exact derivative is that of the iteration, not of the limit): skip central differences.
     */
    Fixture noFiniteDifferences() {
        this.finiteDifferences = false;
        return this;
    }

    /** A suffix distinguishing fixtures of the same method (beyond their shapes). */
    Fixture label(String label) {
        this.label = label;
        return this;
    }

    boolean checksFiniteDifferences() {
        return finiteDifferences;
    }

    /** The harness's number of points, unless the fixture asks for another. */
    int pointCount(int harnessDefault) {
        return pointCount < 0 ? harnessDefault : pointCount;
    }

    String name() {
        StringBuilder shapes = new StringBuilder();
        for (int i = 0; i < arity; i++) {
            if (kinds[i] == Kind.VECTOR || kinds[i] == Kind.MATRIX) {
                shapes.append(shapes.length() == 0 ? "[" : ", ").append(rows[i]);
                if (kinds[i] == Kind.MATRIX) {
                    shapes.append('x').append(cols[i]);
                }
            }
        }
        if (shapes.length() > 0) {
            shapes.append(']');
        }
        return owner.getSimpleName() + "." + method + shapes + label;
    }

    @Override
    public String toString() {
        return name();
    }

    int arity() {
        return arity;
    }

    boolean vectorResult() {
        return vectorResult;
    }

    Kind kind(int param) {
        return kinds[param];
    }

    boolean active(int param) {
        return active[param];
    }

    int rows(int param) {
        return rows[param];
    }

    int cols(int param) {
        return cols[param];
    }

    /** The number of coordinates of a point. */
    int dimension() {
        int d = 0;
        for (int i = 0; i < arity; i++) {
            d += size(i);
        }
        return d;
    }

    /** The number of coordinates of parameter {@code i}. */
    int size(int i) {
        return switch (kinds[i]) {
            case VECTOR -> rows[i];
            case MATRIX -> rows[i] * cols[i];
            default -> 1;
        };
    }

    /** The first coordinate of parameter {@code i} in a point. */
    int offset(int i) {
        int o = 0;
        for (int j = 0; j < i; j++) {
            o += size(j);
        }
        return o;
    }

    /** The number of differentiable coordinates: the view's input dimension. */
    int activeCount() {
        int n = 0;
        for (int i = 0; i < arity; i++) {
            n += active[i] ? size(i) : 0;
        }
        return n;
    }

    /** The number of results at {@code p}: 1 for a {@code double} result. */
    int outputCount(double[] p) {
        return vectorResult ? ((double[]) call(original, args(p))).length : 1;
    }

    /** The fixed points, then seeded random points of the domain, reproducible per fixture. */
    List<double[]> points(int count) {
        Random random = new Random(0x5EED_0000L ^ name().hashCode());
        List<double[]> points = new ArrayList<>();
        for (double[] p : fixedPoints) {
            points.add(p.clone());
        }
        int tries = 0;
        int dimension = dimension();
        while (points.size() < count + fixedPoints.size()) {
            if (++tries > 1000 * count) {
                throw new IllegalStateException(name() + ": domain predicate rejects almost every point");
            }
            double[] p = new double[dimension];
            for (int i = 0, c = 0; i < arity; i++) {
                for (int e = 0; e < size(i); e++, c++) {
                    p[c] = switch (kinds[i]) {
                        case INT, LONG -> lo[i] + random.nextInt((int) (hi[i] - lo[i]) + 1);
                        case BOOLEAN -> random.nextBoolean() ? 1 : 0;
                        default -> lo[i] + (hi[i] - lo[i]) * random.nextDouble();
                    };
                    double[] r = coordinateRanges.get(c);
                    if (r != null) {
                        p[c] = r[0] + (r[1] - r[0]) * random.nextDouble();
                    }
                }
            }
            if (accept.test(p)) {
                points.add(p);
            }
        }
        return points;
    }

    /** The points the harness checks, {@link #pointCount} random ones after the fixed ones. */
    List<double[]> checkedPoints(int harnessDefault) {
        return points(pointCount(harnessDefault));
    }

    /** The active coordinates of a point: the flat {@code x} of the view. */
    double[] activeOf(double[] p) {
        double[] x = new double[activeCount()];
        for (int i = 0, k = 0; i < arity; i++) {
            if (active[i]) {
                System.arraycopy(p, offset(i), x, k, size(i));
                k += size(i);
            }
        }
        return x;
    }

    /** The point {@code p} with its active coordinates replaced by {@code x}. */
    double[] withActive(double[] p, double[] x) {
        double[] q = p.clone();
        for (int i = 0, k = 0; i < arity; i++) {
            if (active[i]) {
                System.arraycopy(x, k, q, offset(i), size(i));
                k += size(i);
            }
        }
        return q;
    }

    // ---- the original method and the generated API, by reflection ----------------------------------------------

    /** The arguments of the original method at {@code p}, in fresh arrays. */
    Object[] args(double[] p) {
        Object[] args = new Object[arity];
        for (int i = 0; i < arity; i++) {
            args[i] = argument(i, p, offset(i));
        }
        return args;
    }

    /** The original method's {@code double} result at {@code p}. */
    double value(double[] p) {
        if (vectorResult) {
            throw new IllegalStateException(name() + " has a double[] result: use values(p)");
        }
        return (double) call(original, args(p));
    }

    /** The original method's result at {@code p} as a vector (length 1 for a {@code double} result). */
    double[] values(double[] p) {
        Object result = call(original, args(p));
        return vectorResult ? (double[]) result : new double[] {(double) result};
    }

    /** {@code mJvp(p..., with a tangent after every active argument)} for a {@code double} result. */
    Dual jvp(double[] p, double[] v) {
        return (Dual) call(jvpMethod(), jvpArgs(p, v));
    }

    /** {@code mJvp} as a vector: the value and {@code J·v} (length 1 for a {@code double} result). */
    DualVector jvpVector(double[] p, double[] v) {
        Object result = call(jvpMethod(), jvpArgs(p, v));
        if (result instanceof Dual d) {
            return new DualVector(new double[] {d.value()}, new double[] {d.tangent()});
        }
        return (DualVector) result;
    }

    private Object[] jvpArgs(double[] p, double[] v) {
        if (v.length != activeCount()) {
            throw new IllegalArgumentException(name() + ": tangent of " + v.length + ", expected " + activeCount());
        }
        Object[] args = new Object[arity + countActiveParams()];
        for (int i = 0, j = 0, k = 0; i < arity; i++) {
            args[j++] = argument(i, p, offset(i));
            if (active[i]) {
                args[j++] = argument(i, v, k);
                k += size(i);
            }
        }
        return args;
    }

    /** Fresh zero adjoint accumulators for the active parameters at their shapes ({@code double[1]} for a scalar). */
    Object[] zeroBars() {
        Object[] bars = new Object[countActiveParams()];
        for (int i = 0, b = 0; i < arity; i++) {
            if (active[i]) {
                bars[b++] = switch (kinds[i]) {
                    case MATRIX -> new double[rows[i]][cols[i]];
                    case VECTOR -> new double[rows[i]];
                    default -> new double[1];
                };
            }
        }
        return bars;
    }

    /** The adjoint accumulators' entries, flat in active order. */
    double[] flatten(Object[] bars) {
        double[] flat = new double[activeCount()];
        int k = 0;
        for (Object bar : bars) {
            if (bar instanceof double[][] m) {
                for (double[] row : m) {
                    System.arraycopy(row, 0, flat, k, row.length);
                    k += row.length;
                }
            } else {
                double[] v = (double[]) bar;
                System.arraycopy(v, 0, flat, k, v.length);
                k += v.length;
            }
        }
        return flat;
    }

    /** Accumulators holding {@code flat} (active order), shaped like {@link #zeroBars()}. */
    Object[] bars(double[] flat) {
        Object[] bars = zeroBars();
        int k = 0;
        for (Object bar : bars) {
            if (bar instanceof double[][] m) {
                for (double[] row : m) {
                    System.arraycopy(flat, k, row, 0, row.length);
                    k += row.length;
                }
            } else {
                double[] v = (double[]) bar;
                System.arraycopy(flat, k, v, 0, v.length);
                k += v.length;
            }
        }
        return bars;
    }

    /**
     * {@code mVjp(p..., seed, bars...)}, raw: {@code seed} is a {@code Double} or a {@code double[]}; accumulates
     * into {@code bars}; returns the value ({@code Double} or {@code double[]}).
     */
    Object vjpRaw(double[] p, Object seed, Object[] bars) {
        Object[] args = new Object[arity + 1 + bars.length];
        Object[] primal = args(p);
        System.arraycopy(primal, 0, args, 0, arity);
        args[arity] = seed;
        System.arraycopy(bars, 0, args, arity + 1, bars.length);
        return call(vjpMethod(), args);
    }

    /** {@code mVjp(p..., seed, bars...)} of a fixture of scalars: accumulates into {@code bars[k][0]}. */
    double vjp(double[] p, double seed, double[][] bars) {
        return (double) vjpRaw(p, seed, bars);
    }

    /** {@code mVjp} with fresh zero accumulators for a {@code double} result: {@code seed · ∇f}, in active order. */
    double[] vjp(double[] p, double seed) {
        Object[] bars = zeroBars();
        vjpRaw(p, seed, bars);
        return flatten(bars);
    }

    /** {@code mVjp} with fresh zero accumulators: {@code Jᵀ·w}, in active order. */
    double[] vjp(double[] p, double[] w) {
        Object[] bars = zeroBars();
        vjpRaw(p, seedOf(w), bars);
        return flatten(bars);
    }

    /** The seed argument of {@code mVjp} for the cotangent {@code w}. */
    Object seedOf(double[] w) {
        if (vectorResult) {
            return w.clone();
        }
        if (w.length != 1) {
            throw new IllegalArgumentException(name() + ": seed of " + w.length + " for a double result");
        }
        return w[0];
    }

    /** The value {@code mVjp} returns, as a vector. */
    static double[] asVector(Object value) {
        return value instanceof double[] v ? v : new double[] {(double) value};
    }

    /** {@code mGradient(p...)} as {value, ∂1, ∂2, ...}, read from the record's components in order and flattened. */
    double[] gradientRecord(double[] p) {
        if (vectorResult) {
            throw new IllegalStateException(name() + " has a double[] result and no Gradient");
        }
        Object record = call(gradientMethod(), args(p));
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length != 1 + countActiveParams()) {
            throw new AssertionError(name() + ": gradient record has components " + Arrays.toString(components));
        }
        double[] out = new double[1 + activeCount()];
        int k = 0;
        for (RecordComponent component : components) {
            Object c;
            try {
                c = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (c instanceof double[][] m) {
                for (double[] row : m) {
                    System.arraycopy(row, 0, out, k, row.length);
                    k += row.length;
                }
            } else if (c instanceof double[] v) {
                System.arraycopy(v, 0, out, k, v.length);
                k += v.length;
            } else {
                out[k++] = (double) c;
            }
        }
        return out;
    }

    /** The view {@code m(shapes of the active arrays..., [resultLength,] constants...)}. */
    DifferentiableFunction view(double[] p) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            if (active[i] && kinds[i] == Kind.VECTOR) {
                args.add(rows[i]);
            } else if (active[i] && kinds[i] == Kind.MATRIX) {
                args.add(rows[i]);
                args.add(cols[i]);
            }
        }
        if (vectorResult) {
            args.add(outputCount(p));
        }
        for (int i = 0; i < arity; i++) {
            if (!active[i]) {
                args.add(argument(i, p, offset(i)));
            }
        }
        return (DifferentiableFunction) call(viewMethod(), args.toArray());
    }

    /** The oracle at {@code p}: {@code rows[i] = {result_i, ∂result_i/∂x_0, ...}} in active order. */
    double[][] oracle(double[] p) {
        if (closedForm != null) {
            return closedForm.apply(p);
        }
        int n = activeCount();
        DerivativeStructure[] r = oracleAt(p, 1);
        double[][] out = new double[r.length][n + 1];
        for (int i = 0; i < r.length; i++) {
            out[i][0] = r[i].getValue();
            for (int k = 0; k < n; k++) {
                int[] orders = new int[n];
                orders[k] = 1;
                out[i][k + 1] = r[i].getPartialDerivative(orders);
            }
        }
        return out;
    }

    /** True when a {@link DerivativeStructure} oracle (not a closed form) stands beside the fixture. */
    boolean hasStructureOracle() {
        return closedForm == null;
    }

    /** The oracle's Hessians at {@code p}: {@code h[i][a][b] = ∂²result_i/∂x_a∂x_b} in active order. */
    double[][][] oracleHessians(double[] p) {
        int n = activeCount();
        DerivativeStructure[] r = oracleAt(p, 2);
        double[][][] h = new double[r.length][n][n];
        for (int i = 0; i < r.length; i++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    int[] orders = new int[n];
                    orders[a]++;
                    orders[b]++;
                    h[i][a][b] = r[i].getPartialDerivative(orders);
                }
            }
        }
        return h;
    }

    /** The oracle's result at {@code p}, with derivatives up to {@code order} in the active coordinates. */
    private DerivativeStructure[] oracleAt(double[] p, int order) {
        int n = activeCount();
        DerivativeStructure[] flat = new DerivativeStructure[p.length];
        for (int i = 0, k = 0; i < arity; i++) {
            for (int e = 0; e < size(i); e++) {
                int c = offset(i) + e;
                flat[c] = active[i] ? new DerivativeStructure(n, order, k++, p[c])
                        : new DerivativeStructure(n, order, p[c]);
            }
        }
        return oracle.apply(new Args(flat));
    }

    // ---- reflection plumbing ----------------------------------------------------------------------------------

    private void requireKind(int i, Kind kind) {
        if (kinds[i] != kind) {
            throw new IllegalArgumentException(name() + ": parameter " + i + " is " + kinds[i] + ", not " + kind);
        }
    }

    private int countActiveParams() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        return n;
    }

    /** Parameter {@code i}'s argument read from {@code source} starting at {@code from}. */
    private Object argument(int i, double[] source, int from) {
        return switch (kinds[i]) {
            case SCALAR -> source[from];
            case INT -> (int) source[from];
            case LONG -> (long) source[from];
            case BOOLEAN -> source[from] != 0;
            case VECTOR -> Arrays.copyOfRange(source, from, from + rows[i]);
            case MATRIX -> {
                double[][] m = new double[rows[i]][];
                for (int r = 0; r < rows[i]; r++) {
                    m[r] = Arrays.copyOfRange(source, from + r * cols[i], from + (r + 1) * cols[i]);
                }
                yield m;
            }
        };
    }

    private Class<?> derivatives() {
        try {
            return Class.forName(owner.getName() + "Derivatives", true, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class for " + owner.getName(), e);
        }
    }

    private Method jvpMethod() {
        if (jvp == null) {
            List<Class<?>> types = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                types.add(original.getParameterTypes()[i]);
                if (active[i]) {
                    types.add(original.getParameterTypes()[i]);
                }
            }
            jvp = find(method + "Jvp", types);
        }
        return jvp;
    }

    private Method vjpMethod() {
        if (vjp == null) {
            List<Class<?>> types = new ArrayList<>(Arrays.asList(original.getParameterTypes()));
            types.add(vectorResult ? double[].class : double.class);
            for (int i = 0; i < arity; i++) {
                if (active[i]) {
                    types.add(kinds[i] == Kind.MATRIX ? double[][].class : double[].class);
                }
            }
            vjp = find(method + "Vjp", types);
        }
        return vjp;
    }

    private Method gradientMethod() {
        if (gradient == null) {
            gradient = find(method + "Gradient", Arrays.asList(original.getParameterTypes()));
        }
        return gradient;
    }

    private Method viewMethod() {
        if (view == null) {
            List<Class<?>> types = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                if (active[i] && kinds[i] == Kind.VECTOR) {
                    types.add(int.class);
                } else if (active[i] && kinds[i] == Kind.MATRIX) {
                    types.add(int.class);
                    types.add(int.class);
                }
            }
            if (vectorResult) {
                types.add(int.class);
            }
            for (int i = 0; i < arity; i++) {
                if (!active[i]) {
                    types.add(original.getParameterTypes()[i]);
                }
            }
            view = find(method, types);
        }
        return view;
    }

    /** The generated method {@code name(types)}. */
    Method find(String name, List<Class<?>> types) {
        try {
            Method m = derivatives().getMethod(name, types.toArray(new Class<?>[0]));
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(name() + ": generated API lacks " + name + types, e);
        }
    }

    /** Calls the original method with explicit arguments; returns its result. */
    Object callOriginal(Object[] args) {
        return call(original, args);
    }

    /** Calls the generated {@code mVjp} with explicit arguments (for argument-checking tests). */
    Object callVjp(Object[] args) {
        return call(vjpMethod(), args);
    }

    private static Object call(Method m, Object[] args) {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
