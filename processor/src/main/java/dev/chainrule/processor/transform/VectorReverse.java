package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Dependence;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vector reverse mode (Tapenade's {@code _bv}): generated reverse code run with many seeds at once. The forward sweep
 * and the tape run once; every adjoint holds one value per seed ({@code xBars[k]} is seed {@code k}'s), and each
 * adjoint statement becomes a loop over the seeds with its partial derivatives computed once before it. So {@code m}
 * rows of a Jacobian cost one forward sweep and one backward sweep whose adjoint arithmetic is {@code m} wide, not
 * {@code m} whole reverse sweeps.
 *
 * <p>Code that calls other differentiated methods or user rules keeps the one-seed reverse mode: {@link #apply}
 * returns nothing for it.
 */
public final class VectorReverse {
    private final Set<Var> adjoints;
    private final Map<Var, Var> lifted = new HashMap<>();
    private final Map<Var, Var> originals = new HashMap<>();
    private final Directions seeds = new Directions("seedCount", "k");

    private VectorReverse(Set<Var> adjoints) {
        this.adjoints = adjoints;
    }

    /**
     * The vector reverse mode of {@code reverse}, whose first {@code primalParams} parameters are the original
     * method's and the rest its seed and adjoint accumulators; empty when the code calls a user's method.
     */
    public static Optional<Function> apply(Function reverse, int primalParams, String name) {
        if (!CallFree.is(reverse.body())) {
            return Optional.empty();
        }
        Set<Var> sources = new HashSet<>();
        for (Param param : reverse.params().subList(primalParams, reverse.params().size())) {
            sources.add(param.var());
        }
        VectorReverse transform = new VectorReverse(Dependence.of(reverse.body(), sources, e -> false));
        try {
            return Optional.of(transform.transform(reverse, primalParams, name));
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private Function transform(Function reverse, int primalParams, String name) {
        List<Param> params = new ArrayList<>();
        List<Var> laneParams = new ArrayList<>();
        for (int i = 0; i < reverse.params().size(); i++) {
            Param param = reverse.params().get(i);
            if (i < primalParams) {
                params.add(param);
            } else {
                Var lane = lift(param.var(), param.type());
                laneParams.add(lane);
                params.add(new Param(lane));
            }
        }
        List<Stmt> body = block(reverse.body());
        Set<Var> localized = new HashSet<>();
        List<Stmt> loops = DirectionLoops.localize(DirectionLoops.fuse(body), seeds.scalarTangents(),
                lane -> originals.get(lane).sibling("", Type.DOUBLE), localized);
        List<String> names = laneParams.stream().map(Var::plainName).toList();
        List<Stmt> out = seeds.prologue(laneParams, names, localized);
        out.addAll(loops);
        return new Function(name, params, out, reverse.result());
    }

    private List<Stmt> block(List<Stmt> statements) {
        return Nested.block(statements, this::statement);
    }

    private void statement(Stmt stmt, List<Stmt> out) {
        // Nested bodies are transformed in place; a compound statement matches none of the cases before this one.
        Stmt compound = Nested.map(stmt, this::block);
        if (stmt instanceof Stmt.Assign assign && adjoints.contains(assign.var())) {
            assign(assign, out);
        } else if (stmt instanceof Stmt.Accumulate accumulate && readsAdjoint(accumulate.target())) {
            seeds.accumulate(laned(accumulate.target()), laned(accumulate.value()), out);
        } else if (stmt instanceof Stmt.Store store && adjoints.contains(store.target().root())) {
            seeds.set(laned(store.target()), laned(store.value()), out);
        } else if (stmt instanceof Stmt.RuntimeCall call && call.args().stream().anyMatch(this::readsAdjoint)) {
            out.add(seeds.call(new Stmt.RuntimeCall(call.op(), call.args().stream().map(this::laned).toList())));
        } else if (stmt instanceof Stmt.Evaluate evaluate && evaluate.expr() instanceof Expr.Runtime check
                && check.op() == RuntimeOp.CHECK_SEED) {
            // One check of all the seeds against the result, matching the forward sweep's one mark.
            out.add(new Stmt.Evaluate(new Expr.Runtime(RuntimeOp.CHECK_SEEDS,
                    check.args().stream().map(this::laned).toList(), check.type())));
        } else if (compound != null) {
            out.add(compound);
        } else {
            out.add(stmt);
        }
    }

    private void assign(Stmt.Assign assign, List<Stmt> out) {
        Var var = assign.var();
        Expr value = assign.value();
        Var lane = lift(var, var.type());
        if (!var.type().isArray()) {
            seeds.set(new Expr.Ref(lane), laned(value), out);
        } else if (value instanceof Expr.NewArray array) {
            out.add(new Stmt.Assign(lane, seeds.newTangents(array)));
        } else if (value instanceof Expr.Runtime zeros && zeros.op() == RuntimeOp.ZEROS_LIKE) {
            out.add(new Stmt.Assign(lane, seeds.zeroLike(zeros.args().get(0))));
        } else if (value instanceof Expr.Ref ref && adjoints.contains(ref.var())) {
            out.add(new Stmt.Assign(lane, laned(value)));
        } else {
            throw new UnsupportedOperationException("adjoint array from " + value);
        }
    }

    /** {@code expr} reading the per-seed version of every adjoint it reads. */
    private Expr laned(Expr expr) {
        if (expr instanceof Expr.Ref ref) {
            return adjoints.contains(ref.var()) ? new Expr.Ref(lift(ref.var(), ref.var().type())) : expr;
        }
        if (expr instanceof Expr.Element element) {
            return new Expr.Element(laned(element.array()), element.index());
        }
        if (expr instanceof Expr.Apply || expr instanceof Expr.Select || expr instanceof Expr.Op) {
            return expr.withChildren(expr.children().stream().map(this::laned).toList());
        }
        if (readsAdjoint(expr)) {
            throw new UnsupportedOperationException("adjoint read by " + expr);
        }
        return expr;
    }

    private boolean readsAdjoint(Expr expr) {
        return dev.chainrule.processor.analysis.Refs.in(expr).stream().anyMatch(adjoints::contains);
    }

    /** The per-seed version of an adjoint: {@code xBar} becomes {@code xBars}, one value (or array) per seed. */
    private Var lift(Var var, Type type) {
        return lifted.computeIfAbsent(var, v -> {
            Var lane = v.sibling("s", type.lifted());
            originals.put(lane, v);
            seeds.addTangent(lane);
            return lane;
        });
    }
}
