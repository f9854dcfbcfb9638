package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Type;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain method and its generated API, found by reflection from the signatures the README's table gives: every
 * active argument followed by its tangent ({@code Jvp}, {@code Jvps}: one per direction), the reverse mode's
 * arguments then {@code seed} then one accumulator per active argument ({@code Vjp}, {@code Vjps}: one per seed),
 * both interleaved for {@code Hvp}, and the view {@code m(lengths..., resultLength, constants...)}. {@code Vjps} is
 * optional (code that calls other methods has none); everything else must be there.
 */
final class GeneratedApi {
    final String label;
    final Shapes shapes;
    final boolean vectorResult;
    final int resultLength;
    final Method plain;
    final Method jvp;
    final Method jvps;
    final Method vjp;
    final Method vjps;
    final Method hvp;
    final Method gradient;
    final Method view;

    private GeneratedApi(String label, Ast.Method method, Class<?> owner, Class<?> derivatives,
            List<Failure> missing) {
        this.label = label;
        this.shapes = new Shapes(method.params());
        this.vectorResult = method.resultType() == Type.VECTOR;
        this.resultLength = method.resultLength();
        List<Param> params = method.params();
        String name = method.name();
        this.plain = find(owner, name, "", classes(params, null, null), missing, true);
        this.jvp = find(derivatives, name, "Jvp", classes(params, Tangent.SAME, null), missing, true);
        this.jvps = find(derivatives, name, "Jvps", classes(params, Tangent.BUNDLE, null), missing, true);
        Class<?> seed = vectorResult ? double[].class : double.class;
        this.vjp = find(derivatives, name, "Vjp", reverse(params, seed, false), missing, true);
        this.vjps = find(derivatives, name, "Vjps", reverse(params, Array.newInstance(seed, 0).getClass(), true),
                missing, false);
        this.hvp = find(derivatives, name, "Hvp", second(params, seed), missing, true);
        this.gradient = vectorResult ? null : find(derivatives, name, "Gradient", classes(params, null, null),
                missing, true);
        this.view = find(derivatives, name, "", viewClasses(params), missing, true);
    }

    /** The API of {@code method} of class {@code className}; what is missing is added to {@code missing}. */
    static GeneratedApi of(ClassLoader loader, String className, Ast.Method method, List<Failure> missing) {
        String qualified = Printer.PACKAGE + "." + className;
        try {
            Class<?> owner = loader.loadClass(qualified);
            Class<?> derivatives = loader.loadClass(qualified + "Derivatives");
            return new GeneratedApi(className + "." + method.name(), method, owner, derivatives, missing);
        } catch (ClassNotFoundException e) {
            missing.add(new Failure("missing:class", e.getMessage()));
            return null;
        }
    }

    private enum Tangent { SAME, BUNDLE }

    private static Class<?>[] classes(List<Param> params, Tangent tangent, Class<?> after) {
        List<Class<?>> out = new ArrayList<>();
        for (Param p : params) {
            Class<?> c = Shapes.javaClass(p.type());
            out.add(c);
            if (tangent != null && p.active()) {
                out.add(tangent == Tangent.SAME ? c : Array.newInstance(c, 0).getClass());
            }
        }
        if (after != null) {
            out.add(after);
        }
        return out.toArray(new Class<?>[0]);
    }

    /** Arguments, seed, then per active argument its accumulator (one per seed for the vector mode). */
    private static Class<?>[] reverse(List<Param> params, Class<?> seed, boolean perSeed) {
        List<Class<?>> out = new ArrayList<>(List.of(classes(params, null, seed)));
        for (Param p : params) {
            if (p.active()) {
                Class<?> bar = p.type() == Type.DOUBLE ? double[].class : Shapes.javaClass(p.type());
                out.add(perSeed ? Array.newInstance(bar, 0).getClass() : bar);
            }
        }
        return out.toArray(new Class<?>[0]);
    }

    private static Class<?>[] second(List<Param> params, Class<?> seed) {
        List<Class<?>> out = new ArrayList<>(List.of(classes(params, Tangent.SAME, null)));
        out.add(seed);
        out.add(seed);
        for (Param p : params) {
            if (p.active()) {
                Class<?> bar = p.type() == Type.DOUBLE ? double[].class : Shapes.javaClass(p.type());
                out.add(bar);
                out.add(bar);
            }
        }
        return out.toArray(new Class<?>[0]);
    }

    private Class<?>[] viewClasses(List<Param> params) {
        List<Class<?>> out = new ArrayList<>();
        for (Param p : params) {
            if (p.active() && p.type() == Type.VECTOR) {
                out.add(int.class);
            } else if (p.active() && p.type() == Type.MATRIX) {
                out.add(int.class);
                out.add(int.class);
            }
        }
        if (vectorResult) {
            out.add(int.class);
        }
        for (Param p : params) {
            if (!p.active()) {
                out.add(Shapes.javaClass(p.type()));
            }
        }
        return out.toArray(new Class<?>[0]);
    }

    /** {@code type.<name><entry>(parameters)}; when absent and required, a {@code missing:<entry>} failure. */
    private Method find(Class<?> type, String name, String entry, Class<?>[] parameters, List<Failure> missing,
            boolean required) {
        try {
            return type.getMethod(name + entry, parameters);
        } catch (NoSuchMethodException e) {
            if (required) {
                missing.add(new Failure("missing:" + (entry.isEmpty() ? type.getSimpleName() : entry),
                        label + ": no " + type.getSimpleName() + "." + name + entry));
            }
            return null;
        }
    }

    // ---- arguments -------------------------------------------------------------------------------------------------

    /** The plain arguments with each active one followed by its tangent along {@code v}. */
    Object[] jvpArgs(Object[] args, double[] v) {
        return interleave(args, shapes.activeValues(v));
    }

    /** The plain arguments with each active one followed by its tangents along {@code directions}. */
    Object[] jvpsArgs(Object[] args, double[][] directions) {
        return interleave(args, shapes.activeBundles(directions));
    }

    private Object[] interleave(Object[] args, List<Object> tangents) {
        List<Object> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < args.length; i++) {
            out.add(args[i]);
            if (shapes.params().get(i).active()) {
                out.add(tangents.get(next++));
            }
        }
        return out.toArray();
    }

    /** The reverse mode's arguments: the plain ones, the seed, the accumulators. */
    Object[] vjpArgs(Object[] args, Object seed, List<Object> bars) {
        List<Object> out = new ArrayList<>(List.of(args));
        out.add(seed);
        out.addAll(bars);
        return out.toArray();
    }

    /** The Hessian-vector product's arguments. */
    Object[] hvpArgs(Object[] args, double[] v, Object seed, Object seedDot, List<Object> bars,
            List<Object> barDots) {
        List<Object> out = new ArrayList<>(List.of(jvpArgs(args, v)));
        out.add(seed);
        out.add(seedDot);
        for (int i = 0; i < bars.size(); i++) {
            out.add(bars.get(i));
            out.add(barDots.get(i));
        }
        return out.toArray();
    }

    /** The view's arguments at a point whose result has {@code resultLength} entries. */
    Object[] viewArgs(Object[] args, int resultLength) {
        List<Object> out = new ArrayList<>();
        for (Param p : shapes.params()) {
            if (p.active() && p.type() == Type.VECTOR) {
                out.add(p.rows());
            } else if (p.active() && p.type() == Type.MATRIX) {
                out.add(p.rows());
                out.add(p.cols());
            }
        }
        if (vectorResult) {
            out.add(resultLength);
        }
        for (int i = 0; i < args.length; i++) {
            if (!shapes.params().get(i).active()) {
                out.add(args[i]);
            }
        }
        return out.toArray();
    }
}
