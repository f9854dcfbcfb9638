package dev.chainrule.samples.e2e;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
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
 * One {@code @Differentiable} fixture method, its Commons Math oracle and its domain, with reflective access to the
 * four generated entry points ({@code mJvp}, {@code mVjp}, {@code mGradient}, the view {@code m(...)}).
 *
 * <p>A point {@code p} always holds every parameter of the original method in declaration order; the
 * differentiable ("active") ones form the flat vector {@code x} the derivatives are taken with respect to, the
 * others ({@code @NoDerivative}, or left out of {@code wrt}) are sampled too and passed as constants.
 */
final class Fixture {

    /** The oracle: the same formula in {@link DerivativeStructure} ops, one argument per original parameter. */
    interface Oracle extends Function<DerivativeStructure[], DerivativeStructure> {
    }

    private final Class<?> owner;
    private final String method;
    private final Oracle oracle;
    private final int arity;
    private final boolean[] active;
    private final double[] lo;
    private final double[] hi;
    private Predicate<double[]> accept = p -> true;

    private final Method original;
    private Method jvp;
    private Method vjp;
    private Method gradient;
    private Method view;

    private Fixture(Class<?> owner, String method, Oracle oracle) {
        this.owner = owner;
        this.method = method;
        this.oracle = oracle;
        this.original = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .reduce((a, b) -> {
                    throw new IllegalStateException("overloaded fixture " + method);
                })
                .orElseThrow(() -> new IllegalStateException("no fixture " + owner.getSimpleName() + "." + method));
        this.original.setAccessible(true);
        this.arity = original.getParameterCount();
        this.active = new boolean[arity];
        Arrays.fill(active, true);
        this.lo = new double[arity];
        this.hi = new double[arity];
        Arrays.fill(lo, -5);
        Arrays.fill(hi, 5);
    }

    /** A fixture whose parameters are all differentiable and drawn from [-5, 5] until narrowed. */
    static Fixture of(Class<?> owner, String method, Oracle oracle) {
        return new Fixture(owner, method, oracle);
    }

    /** Every parameter drawn from [lo, hi]. */
    Fixture all(double lo, double hi) {
        Arrays.fill(this.lo, lo);
        Arrays.fill(this.hi, hi);
        return this;
    }

    /** Parameter {@code i} drawn from [lo, hi]. */
    Fixture range(int i, double lo, double hi) {
        this.lo[i] = lo;
        this.hi[i] = hi;
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

    String name() {
        return owner.getSimpleName() + "." + method;
    }

    @Override
    public String toString() {
        return name();
    }

    int arity() {
        return arity;
    }

    int activeCount() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        return n;
    }

    /** Seeded random points of the domain, reproducible per fixture. */
    List<double[]> points(int count) {
        Random random = new Random(0x5EED_0000L ^ name().hashCode());
        List<double[]> points = new ArrayList<>();
        int tries = 0;
        while (points.size() < count) {
            if (++tries > 1000 * count) {
                throw new IllegalStateException(name() + ": domain predicate rejects almost every point");
            }
            double[] p = new double[arity];
            for (int i = 0; i < arity; i++) {
                p[i] = lo[i] + (hi[i] - lo[i]) * random.nextDouble();
            }
            if (accept.test(p)) {
                points.add(p);
            }
        }
        return points;
    }

    /** The active coordinates of a point: the flat {@code x} of the view. */
    double[] activeOf(double[] p) {
        double[] x = new double[activeCount()];
        for (int i = 0, k = 0; i < arity; i++) {
            if (active[i]) {
                x[k++] = p[i];
            }
        }
        return x;
    }

    /** The point {@code p} with its active coordinates replaced by {@code x}. */
    double[] withActive(double[] p, double[] x) {
        double[] q = p.clone();
        for (int i = 0, k = 0; i < arity; i++) {
            if (active[i]) {
                q[i] = x[k++];
            }
        }
        return q;
    }

    // ---- the original method and the generated API, by reflection ----------------------------------------------

    double value(double[] p) {
        return (double) call(original, boxed(p));
    }

    /** {@code mJvp(p..., with a tangent after every active argument)}. */
    Dual jvp(double[] p, double[] v) {
        Object[] args = new Object[arity + activeCount()];
        for (int i = 0, j = 0, k = 0; i < arity; i++) {
            args[j++] = p[i];
            if (active[i]) {
                args[j++] = v[k++];
            }
        }
        return (Dual) call(jvpMethod(), args);
    }

    /** {@code mVjp(p..., seed, bars...)}: accumulates into {@code bars[k][0]}; returns the value. */
    double vjp(double[] p, double seed, double[][] bars) {
        Object[] args = new Object[arity + 1 + activeCount()];
        int j = 0;
        for (int i = 0; i < arity; i++) {
            args[j++] = p[i];
        }
        args[j++] = seed;
        for (double[] bar : bars) {
            args[j++] = bar;
        }
        return (double) call(vjpMethod(), args);
    }

    /** {@code mVjp} with fresh zero accumulators: {@code seed · ∇f}, in active order. */
    double[] vjp(double[] p, double seed) {
        double[][] bars = new double[activeCount()][1];
        vjp(p, seed, bars);
        double[] g = new double[bars.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = bars[k][0];
        }
        return g;
    }

    /** {@code mGradient(p...)} as {value, ∂1, ∂2, ...}, read from the record's components in order. */
    double[] gradientRecord(double[] p) {
        Object record = call(gradientMethod(), boxed(p));
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length != 1 + activeCount()) {
            throw new AssertionError(name() + ": gradient record has components " + Arrays.toString(components));
        }
        double[] out = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            try {
                out[c] = (double) components[c].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    /** The view {@code m(constants...)}. */
    DifferentiableFunction view(double[] p) {
        List<Object> constants = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            if (!active[i]) {
                constants.add(p[i]);
            }
        }
        return (DifferentiableFunction) call(viewMethod(), constants.toArray());
    }

    /** The oracle's value and gradient (active order) at {@code p}: {value, ∂1, ...}. */
    double[] oracle(double[] p) {
        int n = activeCount();
        DerivativeStructure[] args = new DerivativeStructure[arity];
        for (int i = 0, k = 0; i < arity; i++) {
            args[i] = active[i] ? new DerivativeStructure(n, 1, k++, p[i]) : new DerivativeStructure(n, 1, p[i]);
        }
        DerivativeStructure r = oracle.apply(args);
        double[] out = new double[n + 1];
        out[0] = r.getValue();
        for (int k = 0; k < n; k++) {
            int[] orders = new int[n];
            orders[k] = 1;
            out[k + 1] = r.getPartialDerivative(orders);
        }
        return out;
    }

    // ---- reflection plumbing ----------------------------------------------------------------------------------

    private Class<?> derivatives() {
        try {
            return Class.forName(owner.getName() + "Derivatives", true, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class for " + owner.getName(), e);
        }
    }

    private Method jvpMethod() {
        if (jvp == null) {
            jvp = find(method + "Jvp", doubles(arity + activeCount()));
        }
        return jvp;
    }

    private Method vjpMethod() {
        if (vjp == null) {
            Class<?>[] types = new Class<?>[arity + 1 + activeCount()];
            Arrays.fill(types, 0, arity + 1, double.class);
            Arrays.fill(types, arity + 1, types.length, double[].class);
            vjp = find(method + "Vjp", types);
        }
        return vjp;
    }

    private Method gradientMethod() {
        if (gradient == null) {
            gradient = find(method + "Gradient", doubles(arity));
        }
        return gradient;
    }

    private Method viewMethod() {
        if (view == null) {
            view = find(method, doubles(arity - activeCount()));
        }
        return view;
    }

    private Method find(String name, Class<?>[] types) {
        try {
            Method m = derivatives().getMethod(name, types);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(name() + ": generated API lacks " + name + Arrays.toString(types), e);
        }
    }

    private static Class<?>[] doubles(int n) {
        Class<?>[] types = new Class<?>[n];
        Arrays.fill(types, double.class);
        return types;
    }

    private static Object[] boxed(double[] p) {
        Object[] args = new Object[p.length];
        for (int i = 0; i < p.length; i++) {
            args[i] = p[i];
        }
        return args;
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
