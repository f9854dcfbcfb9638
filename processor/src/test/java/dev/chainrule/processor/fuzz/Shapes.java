package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Domain;
import dev.chainrule.processor.fuzz.Ast.Param;
import dev.chainrule.processor.fuzz.Ast.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The arguments of a differentiable method and the flat vector of its active ones, the generated view's input:
 * active parameters in declaration order, vectors element by element, matrices row by row.
 */
final class Shapes {
    private static final int[] INT_EDGES = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 7, -46341, 65536};
    private static final long[] LONG_EDGES = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1, 3037000500L, -4294967296L};

    private final List<Param> params;

    Shapes(List<Param> params) {
        this.params = params;
    }

    List<Param> params() {
        return params;
    }

    /** The length of the flat vector. */
    int dimension() {
        int n = 0;
        for (Param p : params) {
            if (p.active()) {
                n += size(p);
            }
        }
        return n;
    }

    static int size(Param p) {
        return switch (p.type()) {
            case DOUBLE -> 1;
            case VECTOR -> p.rows();
            case MATRIX -> p.rows() * p.cols();
            default -> 0;
        };
    }

    /** Random arguments: doubles in [-2, 2], small integers in [0, 4], wild ones often at the edges. */
    Object[] sample(Random random) {
        Object[] args = new Object[params.size()];
        for (int i = 0; i < args.length; i++) {
            Param p = params.get(i);
            args[i] = switch (p.type()) {
                case DOUBLE -> value(random);
                case VECTOR -> vector(random, p.rows());
                case MATRIX -> {
                    double[][] m = new double[p.rows()][];
                    for (int r = 0; r < m.length; r++) {
                        m[r] = vector(random, p.cols());
                    }
                    yield m;
                }
                case INT -> p.domain() == Domain.SMALL ? random.nextInt(Generator.SMALL_MAX + 1)
                        : random.nextBoolean() ? INT_EDGES[random.nextInt(INT_EDGES.length)] : random.nextInt();
                case LONG -> random.nextBoolean() ? LONG_EDGES[random.nextInt(LONG_EDGES.length)]
                        : random.nextBoolean() ? random.nextLong() : random.nextInt(2001) - 1000L;
                case BOOLEAN -> random.nextBoolean();
            };
        }
        return args;
    }

    private static double value(Random random) {
        return Math.round((random.nextDouble() * 4 - 2) * 1e6) / 1e6 + random.nextDouble() * 1e-7;
    }

    private static double[] vector(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value(random);
        }
        return v;
    }

    /** The active coordinates of {@code args}. */
    double[] flatten(Object[] args) {
        double[] flat = new double[dimension()];
        int at = 0;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (!p.active()) {
                continue;
            }
            if (p.type() == Type.DOUBLE) {
                flat[at++] = (Double) args[i];
            } else if (p.type() == Type.VECTOR) {
                double[] v = (double[]) args[i];
                System.arraycopy(v, 0, flat, at, v.length);
                at += v.length;
            } else {
                for (double[] row : (double[][]) args[i]) {
                    System.arraycopy(row, 0, flat, at, row.length);
                    at += row.length;
                }
            }
        }
        return flat;
    }

    /** {@code args} with its active coordinates replaced by {@code flat}; the constant ones stay. */
    Object[] with(Object[] args, double[] flat) {
        Object[] out = args.clone();
        List<Object> active = activeValues(flat);
        int next = 0;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).active()) {
                out[i] = active.get(next++);
            }
        }
        return out;
    }

    /** {@code flat} cut into one value per active parameter: a Double, a double[] or a double[][]. */
    List<Object> activeValues(double[] flat) {
        List<Object> values = new ArrayList<>();
        int at = 0;
        for (Param p : params) {
            if (!p.active()) {
                continue;
            }
            if (p.type() == Type.DOUBLE) {
                values.add(flat[at++]);
            } else if (p.type() == Type.VECTOR) {
                values.add(Arrays.copyOfRange(flat, at, at + p.rows()));
                at += p.rows();
            } else {
                double[][] m = new double[p.rows()][];
                for (int r = 0; r < m.length; r++) {
                    m[r] = Arrays.copyOfRange(flat, at, at + p.cols());
                    at += p.cols();
                }
                values.add(m);
            }
        }
        return values;
    }

    /** Per active parameter, its values across {@code directions}: double[] for a scalar, double[][] .... */
    List<Object> activeBundles(double[][] directions) {
        List<List<Object>> perDirection = new ArrayList<>();
        for (double[] d : directions) {
            perDirection.add(activeValues(d));
        }
        List<Object> bundles = new ArrayList<>();
        int active = 0;
        for (Param p : params) {
            if (!p.active()) {
                continue;
            }
            int a = active++;
            bundles.add(switch (p.type()) {
                case DOUBLE -> perDirection.stream().mapToDouble(l -> (Double) l.get(a)).toArray();
                case VECTOR -> perDirection.stream().map(l -> (double[]) l.get(a)).toArray(double[][]::new);
                default -> perDirection.stream().map(l -> (double[][]) l.get(a)).toArray(double[][][]::new);
            });
        }
        return bundles;
    }

    /** Adjoint accumulators for the active parameters, as the generated reverse mode takes them, holding zeros. */
    List<Object> zeroBars() {
        List<Object> bars = new ArrayList<>();
        for (Param p : params) {
            if (p.active()) {
                bars.add(switch (p.type()) {
                    case DOUBLE -> new double[1];
                    case VECTOR -> new double[p.rows()];
                    default -> new double[p.rows()][p.cols()];
                });
            }
        }
        return bars;
    }

    /** The flat vector of adjoint accumulators as {@link #zeroBars()} shapes them. */
    double[] flattenBars(List<Object> bars) {
        double[] flat = new double[dimension()];
        int at = 0;
        for (Object bar : bars) {
            if (bar instanceof double[] v) {
                System.arraycopy(v, 0, flat, at, v.length);
                at += v.length;
            } else {
                for (double[] row : (double[][]) bar) {
                    System.arraycopy(row, 0, flat, at, row.length);
                    at += row.length;
                }
            }
        }
        return flat;
    }

    /** The Java class of a parameter of this type. */
    static Class<?> javaClass(Type type) {
        return switch (type) {
            case DOUBLE -> double.class;
            case INT -> int.class;
            case LONG -> long.class;
            case BOOLEAN -> boolean.class;
            case VECTOR -> double[].class;
            case MATRIX -> double[][].class;
        };
    }
}
