package dev.chainrule.corpus;

import dev.chainrule.runtime.DifferentiableFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A corpus method and its generated view, bound by reflection so that one harness serves every method: the plain
 * method evaluates a point, the generated factory {@code <Class>Derivatives.m(...)} builds the
 * {@link DifferentiableFunction} over the flat vector of the differentiable arguments.
 *
 * <p>Which arguments are differentiable is read from the factory's parameter names (the corpus compiles with
 * {@code -parameters}): a constant argument is bound by its own name, a differentiable array is sized by
 * {@code <name>Length} or {@code <name>Rows, <name>Cols}, and a differentiable scalar does not appear.
 */
final class CorpusMethod {

    private final Case spec;
    private final Method plain;
    private final Method factory;
    private final boolean[] differentiable;

    CorpusMethod(Case spec) {
        this.spec = spec;
        this.plain = only(spec.owner(), spec.name(), false);
        this.factory = only(derivativesOf(spec.owner()), spec.name(), true);
        Set<String> bound = new HashSet<>();
        for (Parameter p : factory.getParameters()) {
            bound.add(p.getName());
        }
        Parameter[] params = plain.getParameters();
        differentiable = new boolean[params.length];
        for (int i = 0; i < params.length; i++) {
            Class<?> type = params[i].getType();
            boolean real = type == double.class || type == double[].class || type == double[][].class;
            differentiable[i] = real && !bound.contains(params[i].getName());
        }
    }

    static Class<?> derivativesOf(Class<?> owner) {
        try {
            return Class.forName(owner.getName() + "Derivatives");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class for " + owner.getName(), e);
        }
    }

    /** The public static method of that name: the plain one, or the factory returning a view. */
    private static Method only(Class<?> type, String name, boolean view) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())
                    && (m.getReturnType() == DifferentiableFunction.class) == view) {
                if (found != null) {
                    throw new IllegalStateException("two methods " + type.getSimpleName() + "." + name);
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + (view ? "view factory " : "method ") + type.getSimpleName()
                    + "." + name);
        }
        return found;
    }

    String label() {
        return spec.label();
    }

    boolean vectorResult() {
        return plain.getReturnType() == double[].class;
    }

    /**
     * Evaluates the plain method.
     *
     * @param args the arguments, in declaration order
     * @return its result as a vector (length 1 for a {@code double} result)
     */
    double[] evaluate(Object[] args) {
        try {
            Object result = plain.invoke(null, args);
            return vectorResult() ? (double[]) result : new double[] {(Double) result};
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(label() + " threw at " + Arrays.deepToString(args), e.getCause());
        }
    }

    /** Evaluates the plain method with the differentiable arguments replaced by those of the flat vector. */
    double[] evaluateAt(Object[] args, double[] x) {
        return evaluate(withX(args, x));
    }

    /**
     * Builds the generated view with the constant arguments of {@code args} bound.
     *
     * @param args a point: sizes the arrays and supplies the constants
     * @return the view
     */
    DifferentiableFunction view(Object[] args) {
        Parameter[] params = plain.getParameters();
        List<Object> values = new ArrayList<>();
        for (Parameter p : factory.getParameters()) {
            values.add(factoryArgument(p.getName(), params, args));
        }
        try {
            return (DifferentiableFunction) factory.invoke(null, values.toArray());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(label() + ": the view factory threw", e.getCause());
        }
    }

    private Object factoryArgument(String name, Parameter[] params, Object[] args) {
        if (name.equals("resultLength")) {
            return evaluate(args).length;
        }
        for (int i = 0; i < params.length; i++) {
            String own = params[i].getName();
            if (!differentiable[i] && own.equals(name)) {
                return args[i];
            }
            if (differentiable[i] && name.equals(own + "Length")) {
                return ((double[]) args[i]).length;
            }
            if (differentiable[i] && name.equals(own + "Rows")) {
                return ((double[][]) args[i]).length;
            }
            if (differentiable[i] && name.equals(own + "Cols")) {
                return ((double[][]) args[i])[0].length;
            }
        }
        throw new IllegalStateException(label() + ": the view factory's parameter " + name + " matches no argument");
    }

    /** The differentiable arguments as one flat vector: scalars, arrays element by element, matrices by rows. */
    double[] flatten(Object[] args) {
        List<Double> x = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!differentiable[i]) {
                continue;
            }
            if (args[i] instanceof Double d) {
                x.add(d);
            } else if (args[i] instanceof double[] v) {
                for (double e : v) {
                    x.add(e);
                }
            } else {
                for (double[] row : (double[][]) args[i]) {
                    for (double e : row) {
                        x.add(e);
                    }
                }
            }
        }
        return x.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A copy of the arguments with the differentiable ones read from the flat vector. */
    Object[] withX(Object[] args, double[] x) {
        Object[] out = args.clone();
        int k = 0;
        for (int i = 0; i < args.length; i++) {
            if (!differentiable[i]) {
                continue;
            }
            if (args[i] instanceof Double) {
                out[i] = x[k++];
            } else if (args[i] instanceof double[] v) {
                out[i] = Arrays.copyOfRange(x, k, k + v.length);
                k += v.length;
            } else {
                double[][] m = (double[][]) args[i];
                double[][] copy = new double[m.length][];
                for (int r = 0; r < m.length; r++) {
                    copy[r] = Arrays.copyOfRange(x, k, k + m[r].length);
                    k += m[r].length;
                }
                out[i] = copy;
            }
        }
        return out;
    }
}
