package dev.chainrule.samples.classic;

import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.Dual;
import dev.chainrule.runtime.DualVector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generated members of one problem's two methods, {@code m} (the sum of squares, {@code double m(double[] x,
 * data...)}) and {@code mF} (the residuals, {@code double[] mF(double[] x, data...)}), called by the README's
 * conventions: the tangent follows {@code x}, constant data stays in place, seed and adjoints come last.
 */
final class GeneratedProblem {
    private final Class<?> derivatives;
    private final String method;
    private final Object[] data;

    GeneratedProblem(Class<?> derivatives, String method, Object[] data) {
        this.derivatives = derivatives;
        this.method = method;
        this.data = data;
    }

    /** The residual view, F: Rⁿ → Rᵐ. */
    DifferentiableFunction residuals(int n, int m) {
        return (DifferentiableFunction) call(method + "F", prefixed(n, m));
    }

    /** The sum-of-squares view, f: Rⁿ → R. */
    DifferentiableFunction objective(int n) {
        return (DifferentiableFunction) call(method, prefixed(n));
    }

    /** {@code mFJvp(x, v, data...)}. */
    DualVector residualJvp(double[] x, double[] v) {
        return (DualVector) call(method + "FJvp", with(x, v));
    }

    /** {@code mFVjp(x, data..., w, xBar)} into a zero {@code xBar}: one row combination wᵀJ. */
    double[] residualVjp(double[] x, double[] w) {
        double[] xBar = new double[x.length];
        call(method + "FVjp", around(x, w, xBar));
        return xBar;
    }

    /** {@code mJvp(x, v, data...)}. */
    Dual objectiveJvp(double[] x, double[] v) {
        return (Dual) call(method + "Jvp", with(x, v));
    }

    /** {@code mVjp(x, data..., 1.0, xBar)} into a zero {@code xBar}. */
    double[] objectiveVjp(double[] x) {
        double[] xBar = new double[x.length];
        call(method + "Vjp", around(x, 1.0, xBar));
        return xBar;
    }

    /** The {@code x} component of {@code mGradient(x, data...)}. */
    double[] objectiveGradient(double[] x) {
        Object record = call(method + "Gradient", around(x));
        try {
            return (double[]) record.getClass().getMethod("x").invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object[] prefixed(Object... sizes) {
        List<Object> args = new ArrayList<>(Arrays.asList(sizes));
        args.addAll(Arrays.asList(data));
        return args.toArray();
    }

    private Object[] with(double[] x, double[] tangent) {
        List<Object> args = new ArrayList<>(List.of(x, tangent));
        args.addAll(Arrays.asList(data));
        return args.toArray();
    }

    private Object[] around(double[] x, Object... tail) {
        List<Object> args = new ArrayList<>(List.of(x));
        args.addAll(Arrays.asList(data));
        args.addAll(Arrays.asList(tail));
        return args.toArray();
    }

    private Object call(String name, Object[] args) {
        for (Method m : derivatives.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(name + " threw", e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no generated " + derivatives.getSimpleName() + "." + name + " with " + args.length
                + " parameters");
    }
}
