package dev.chainrule.processor.transform;

import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loops over the directions of vector modes: the tangents of vector forward mode, the adjoints of many seeds in
 * vector reverse mode. A statement {@code cDot = aDot * b + bDot * a} on such values becomes
 * {@code for (int dir = 0; dir < directions; dir++) cDot[dir] = aDot[dir] * b + bDot[dir] * a;}, with every part that
 * reads none of them (a partial derivative such as {@code x + x}, a call of {@code Partials}) computed once before the
 * loop instead of once per direction.
 */
final class Directions {
    private final Var count;
    private final Var index;
    /** Every variable holding one value per direction, in the order created (which fixes the order of allocations). */
    private final Set<Var> tangents = new LinkedHashSet<>();

    /** Loops {@code for (int index = 0; index < count; index++)}, named by the hints given. */
    Directions(String count, String index) {
        this.count = new Var(count, Var.Role.SYNTHETIC, Type.INT);
        this.index = new Var(index, Var.Role.SYNTHETIC, Type.INT);
    }

    /** Registers a variable holding one value per direction. */
    void addTangent(Var tangent) {
        tangents.add(tangent);
    }

    /**
     * What runs first: the number of directions, taken from the first tangent parameter and checked against the
     * others, and one array per scalar tangent, allocated once rather than in the loops that assign it.
     */
    List<Stmt> prologue(List<Var> tangentParams, List<String> names, Set<Var> localized) {
        List<Stmt> out = counted(tangentParams, names);
        scalarTangents().stream()
                .filter(t -> !localized.contains(t))
                .forEach(t -> out.add(new Stmt.Assign(t, new Expr.NewArray(Type.DOUBLE_ARRAY,
                        List.of(new Expr.Ref(count))))));
        return out;
    }

    /**
     * The number of directions, taken from the first tangent parameter (none without tangent parameters), then the
     * check that each other one, named {@code names}, holds as many.
     */
    List<Stmt> counted(List<Var> tangentParams, List<String> names) {
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(count, tangentParams.isEmpty() ? Expr.Const.ofInt(0)
                : new Expr.Length(new Expr.Ref(tangentParams.get(0)))));
        for (int i = 1; i < tangentParams.size(); i++) {
            out.add(new Stmt.RuntimeCall(RuntimeOp.DIRECTION_COUNT, List.of(new Expr.Text(names.get(i)),
                    new Expr.Ref(tangentParams.get(i)), new Expr.Ref(count))));
        }
        return out;
    }

    /** The number of directions. */
    Var count() {
        return count;
    }

    /** The index of the direction (of the first direction of a block, where directions go in blocks). */
    Var index() {
        return index;
    }

    /** The locals of scalar values held per direction: arrays of one value per direction. */
    Set<Var> scalarTangents() {
        Set<Var> scalar = new LinkedHashSet<>();
        tangents.stream().filter(t -> t.role() != Var.Role.PARAMETER && t.type() == Type.DOUBLE_ARRAY)
                .forEach(scalar::add);
        return scalar;
    }

    /** {@code target = value} in every direction: the shared parts first, then the loop. */
    void set(Expr target, Expr value, List<Stmt> out) {
        Expr perDirection = split(value, out);
        Expr.Element element = (Expr.Element) atDirection(target);
        out.add(each(new Stmt.Store(element, perDirection)));
    }

    /** {@code target += value} in every direction: the shared parts first, then the loop. */
    void accumulate(Expr target, Expr value, List<Stmt> out) {
        Expr perDirection = split(value, out);
        out.add(each(new Stmt.Accumulate(atDirection(target), perDirection)));
    }

    /** A runtime call in every direction, with each argument held per direction read in the loop's direction. */
    Stmt.Each call(Stmt.RuntimeCall call) {
        return each(new Stmt.RuntimeCall(call.op(),
                call.args().stream().map(a -> readsTangent(a) ? atDirection(a) : a).toList()));
    }

    private Stmt.Each each(Stmt body) {
        return new Stmt.Each(index, new Expr.Ref(count), List.of(body));
    }

    /** The tangents of a new array: one array of its shape per direction. */
    Expr newTangents(Expr.NewArray array) {
        List<Expr> dimensions = new ArrayList<>();
        dimensions.add(new Expr.Ref(count));
        dimensions.addAll(array.dimensions());
        return new Expr.NewArray(array.type().lifted(), dimensions);
    }

    /** Zero tangents in every direction for an argument that has none. */
    Expr zeroLike(Expr arg) {
        if (arg.type() == Type.DOUBLE) {
            return new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(new Expr.Ref(count)));
        }
        if (arg.type() == Type.DOUBLE_ARRAY) {
            return new Expr.NewArray(Type.DOUBLE_MATRIX, List.of(new Expr.Ref(count), new Expr.Length(arg)));
        }
        return new Expr.Runtime(RuntimeOp.ZEROS_LIKE, List.of(new Expr.Ref(count), arg), Type.DOUBLE_TENSOR);
    }

    /** {@code value} with its tangents read in direction {@code dir}, its shared parts assigned in {@code shared}. */
    private Expr split(Expr value, List<Stmt> shared) {
        return SharedParts.split(value, tangents::contains, this::atDirection, shared);
    }

    /** {@code aDot[dir]} for {@code aDot}, {@code xDot[dir][i]} for {@code xDot[i]}. */
    Expr atDirection(Expr tangent) {
        if (tangent instanceof Expr.Ref ref) {
            return new Expr.Element(ref, new Expr.Ref(index));
        }
        Expr.Element element = (Expr.Element) tangent;
        return new Expr.Element(atDirection(element.array()), element.index());
    }

    boolean readsTangent(Expr expr) {
        return SharedParts.reads(expr, tangents::contains);
    }
}
