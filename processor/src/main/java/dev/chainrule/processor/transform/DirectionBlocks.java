package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.OperationCounts;
import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Vector forward mode in blocks of {@value #LANES} directions: the forward (tangent) code runs once per block, with
 * every tangent held in {@value #LANES} plain locals, one per lane ({@code aDot0}, ..., {@code aDot3}), so the primal
 * and the partial derivatives are computed once per block rather than once per direction:
 *
 * <pre>{@code
 * for (; directions - dir > 2; dir += 4) {
 *     double[] xDot0 = Flat.direction(xDot, dir, x);   // direction dir's tangent, zeros past the last
 *     ...
 *     double a = 1.0 - x[i];
 *     double aDot0 = -xDot0[i];
 *     ...
 *     double aDot3 = -xDot3[i];
 * }
 * for (; dir == 0 || dir < directions; dir++) {        // the last one or two directions, one at a time
 *     Dual single = rosenbrockJvp(x, Flat.direction(xDot, dir, x));
 *     ...
 * }
 * }</pre>
 *
 * <p>Why blocks rather than one loop over the directions inside each straight stretch ({@link DirectionLoops}): there
 * each tangent lives in an array indexed by the direction, so every tangent operation is a load and a store, every
 * read of an argument's tangent reloads a row ({@code xDot[dir][i]}), and a short loop runs per stretch; measured,
 * that ate all the sharing. Here the tangents are locals the JIT keeps in registers, the rows are read once per
 * block, and a called method is called once per lane through its one-direction forward mode (whose result the JIT
 * scalar-replaces), allocating nothing per call. Each block runs the method's primal again, so this applies only to
 * bodies that can run again unchanged ({@link #applies}), and it writes the tangent code four times, so only where
 * the method stays small enough for the JIT ({@link #fits}); the others keep the loops over the directions.
 */
final class DirectionBlocks {
    /** Directions per block: four tangents per value keep most small bodies within the registers. */
    static final int LANES = 4;

    /** The largest {@code size} of a method of blocks: at most about 7000 bytes of bytecode. */
    private static final int MAX_SIZE = 2800;

    private final Predicate<Var> perLane;
    private final Map<Var, List<Var>> lanes = new HashMap<>();

    private DirectionBlocks(Predicate<Var> perLane) {
        this.perLane = perLane;
    }

    /**
     * True when the body can run once per block: it assigns no parameter, stores only into arrays it allocates itself,
     * and returns once, at its end.
     */
    static boolean applies(Primal primal) {
        List<Stmt> body = primal.body();
        Map<Var, Boolean> fresh = new HashMap<>();
        int returns = 0;
        for (Statements.Located located : Statements.all(body)) {
            Stmt stmt = located.stmt();
            if (stmt instanceof Stmt.Assign assign) {
                if (assign.var().role() == Var.Role.PARAMETER) {
                    return false;
                }
                fresh.merge(assign.var(), assign.value() instanceof Expr.NewArray, Boolean::logicalAnd);
            } else if (stmt instanceof Stmt.Return) {
                returns++;
            }
        }
        for (Statements.Located located : Statements.all(body)) {
            Var written = located.stmt() instanceof Stmt.Store store ? store.target().root()
                    : located.stmt() instanceof Stmt.Accumulate accumulate ? Refs.in(accumulate.target()).get(0)
                    : null;
            if (written != null && !fresh.getOrDefault(written, false)) {
                return false;
            }
        }
        return returns == 1 && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Return;
    }

    /**
     * The vector forward function {@code name} of {@code primal}, built from its one-direction forward mode:
     * {@code tangent} (whose last statement returns value and tangent), {@code tangentOf} each differentiable
     * parameter's tangent there, and {@code perLane}, which of its variables hold tangents (or a called method's dual
     * result) and so get one copy per lane.
     */
    static Function apply(Primal primal, Function tangent, java.util.function.Function<Var, Var> tangentOf,
            Predicate<Var> perLane, String name) {
        return new DirectionBlocks(perLane).build(primal, tangent, tangentOf, name);
    }

    /**
     * The operations of a vector sweep, for the runtime's cost model: a block of {@value #LANES} directions costs the
     * primal once and the tangent part {@value #LANES} times, so each direction costs the tangent part and a
     * {@value #LANES}th of the primal, with nothing shared across blocks.
     */
    static OperationCounts.Counts counts(int primalOps, int tangentOps) {
        int tangentPart = Math.max(0, tangentOps - primalOps);
        return new OperationCounts.Counts(0, tangentPart + (primalOps + LANES - 1) / LANES);
    }

    private Function build(Primal primal, Function tangent, java.util.function.Function<Var, Var> tangentOf,
            String name) {
        Directions directions = new Directions("directions", "dir");
        Var dir = directions.index();
        List<Param> params = new ArrayList<>();
        List<Var> lifted = new ArrayList<>();
        List<Stmt> inputs = new ArrayList<>();
        List<Expr> oneDirection = new ArrayList<>();
        for (Var param : primal.params()) {
            params.add(new Param(param));
            oneDirection.add(new Expr.Ref(param));
            if (primal.wrt().contains(param)) {
                Var dot = tangentOf.apply(param);
                Var all = Var.companion(param, "Dot", Var.Role.PARAMETER, param.type().lifted());
                params.add(new Param(all));
                lifted.add(all);
                // Named after the parameter the caller sees: xDot0, xDot1, ...
                lanes.put(dot, copies(all, dot.type()));
                for (int lane = 0; lane < LANES; lane++) {
                    inputs.add(new Stmt.Assign(lane(dot, lane), direction(param, all, at(dir, lane))));
                }
                oneDirection.add(direction(param, all, new Expr.Ref(dir)));
            }
        }
        nameCallResults(tangent.body());
        Stmt.Return last = (Stmt.Return) tangent.body().get(tangent.body().size() - 1);
        Type resultType = primal.result();
        Var value = new Var("value", Var.Role.SYNTHETIC, resultType);
        Var tangents = new Var("tangents", Var.Role.SYNTHETIC, resultType.lifted());
        List<Stmt> block = new ArrayList<>(inputs);
        block.addAll(replicate(tangent.body().subList(0, tangent.body().size() - 1)));
        block.add(new Stmt.Assign(value, Renaming.expr(last.values().get(0), v -> lane(v, 0))));
        for (int lane = 0; lane < LANES; lane++) {
            int l = lane;
            block.add(new Stmt.RuntimeCall(RuntimeOp.SET_DIRECTION, List.of(new Expr.Ref(tangents), at(dir, lane),
                    Renaming.expr(last.values().get(1), v -> lane(v, l)))));
        }

        List<Stmt> body = directions.counted(lifted, lifted.stream().map(Var::plainName).toList());
        Expr count = new Expr.Ref(directions.count());
        body.add(new Stmt.Assign(tangents, resultType == Type.DOUBLE
                ? new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(count))
                : new Expr.Runtime(RuntimeOp.EMPTY_ROWS, List.of(count), Type.DOUBLE_MATRIX)));
        body.add(new Stmt.Assign(dir, Expr.Const.ofInt(0)));
        // A block while more than half of one remains: for one or two directions, one-direction sweeps cost less
        // than a block's four lanes.
        Expr remaining = new Expr.Op(Operator.SUB, List.of(count, new Expr.Ref(dir)), Type.INT);
        body.add(new Stmt.While(List.of(), new Expr.Op(Operator.GT, List.of(remaining,
                Expr.Const.ofInt(LANES / 2)), Type.BOOLEAN), block,
                List.of(new Stmt.Accumulate(new Expr.Ref(dir), Expr.Const.ofInt(LANES)))));
        // The rest one direction at a time; at least once, for the value, when there are no directions at all.
        Type dualType = resultType == Type.DOUBLE ? Type.DUAL : Type.DUAL_VECTOR;
        Var single = new Var("single", Var.Role.SYNTHETIC, dualType);
        Expr more = new Expr.Op(Operator.OR, List.of(
                new Expr.Op(Operator.EQ, List.of(new Expr.Ref(dir), Expr.Const.ofInt(0)), Type.BOOLEAN),
                new Expr.Op(Operator.LT, List.of(new Expr.Ref(dir), count), Type.BOOLEAN)), Type.BOOLEAN);
        body.add(new Stmt.While(List.of(), more, List.of(
                new Stmt.Assign(single, new Expr.Derivative(itself(primal), Expr.Mode.JVP, oneDirection, dualType)),
                new Stmt.Assign(value, new Expr.Member(new Expr.Ref(single), "value", resultType)),
                new Stmt.RuntimeCall(RuntimeOp.SET_DIRECTION, List.of(new Expr.Ref(tangents), new Expr.Ref(dir),
                        new Expr.Member(new Expr.Ref(single), "tangent", resultType)))),
                List.of(new Stmt.Assign(dir, new Expr.Op(Operator.ADD, List.of(new Expr.Ref(dir),
                        Expr.Const.ofInt(1)), Type.INT)))));
        body.add(new Stmt.Return(List.of(new Expr.Ref(value), new Expr.Ref(tangents))));
        return new Function(name, params, body,
                resultType == Type.DOUBLE ? Function.Result.DUALS : Function.Result.DUAL_VECTORS);
    }

    /**
     * Names the lanes of each called method's result after the variable that takes its value ({@code k1uDual0} for
     * {@code Dual d = gJvp(...); k1u = d.value();}), which reads better than numbered copies of {@code d}.
     */
    private void nameCallResults(List<Stmt> body) {
        for (Statements.Located located : Statements.all(body)) {
            if (located.stmt() instanceof Stmt.Assign assign && assign.value() instanceof Expr.Member member
                    && member.object() instanceof Expr.Ref dual && perLane.test(dual.var())
                    && !perLane.test(assign.var())) {
                List<Var> copies = new ArrayList<>();
                for (int lane = 0; lane < LANES; lane++) {
                    copies.add(Var.companion(assign.var(), "Dual" + lane, Var.Role.SYNTHETIC, dual.var().type()));
                }
                lanes.put(dual.var(), copies);
            }
        }
    }

    /**
     * {@code statements} with each run of consecutive tangent statements written once per lane, lane after lane, and
     * the primal statements once, in between, as they were.
     */
    private List<Stmt> replicate(List<Stmt> statements) {
        List<Stmt> out = new ArrayList<>();
        List<Stmt> run = new ArrayList<>();
        for (Stmt stmt : statements) {
            if (writesPerLane(stmt)) {
                run.add(stmt);
                continue;
            }
            flush(run, out);
            Stmt compound = Nested.map(stmt, this::replicate);
            // A primal statement reads a called method's value from lane 0's result.
            out.add(compound != null ? compound : Renaming.stmt(stmt, v -> lane(v, 0)));
        }
        flush(run, out);
        return out;
    }

    /** A run of tangent statements: the parts every lane shares once, then the run once per lane. */
    private void flush(List<Stmt> run, List<Stmt> out) {
        List<Stmt> perLaneRun = run.stream().map(stmt -> shared(stmt, out)).toList();
        for (int lane = 0; lane < LANES; lane++) {
            int l = lane;
            perLaneRun.forEach(stmt -> out.add(Renaming.stmt(stmt, v -> lane(v, l))));
        }
        run.clear();
    }

    /** A tangent statement with the parts of its value that read no tangent (partial derivatives) in {@code out}. */
    private Stmt shared(Stmt stmt, List<Stmt> out) {
        if (stmt instanceof Stmt.Assign assign && arithmetic(assign.value())) {
            return new Stmt.Assign(assign.var(), SharedParts.split(assign.value(), perLane, e -> e, out));
        }
        if (stmt instanceof Stmt.Store store && arithmetic(store.value())) {
            return new Stmt.Store(store.target(), SharedParts.split(store.value(), perLane, e -> e, out));
        }
        return stmt;
    }

    /** Arithmetic, as opposed to an allocation or a call whose result each lane needs its own of. */
    private static boolean arithmetic(Expr value) {
        return value instanceof Expr.Apply || value instanceof Expr.Select;
    }

    private boolean writesPerLane(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            return perLane.test(assign.var());
        }
        if (stmt instanceof Stmt.Store store) {
            return perLane.test(store.target().root());
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            return perLane.test(Refs.in(accumulate.target()).get(0));
        }
        if (stmt instanceof Stmt.RuntimeCall call) {
            Set<Var> read = new HashSet<>();
            call.args().forEach(arg -> read.addAll(Refs.in(arg)));
            return read.stream().anyMatch(perLane);
        }
        return false;
    }

    /** Lane {@code lane}'s copy of a tangent ({@code aDot2} of {@code aDot}); any other variable itself. */
    private Var lane(Var var, int lane) {
        if (!perLane.test(var)) {
            return var;
        }
        return lanes.computeIfAbsent(var, v -> copies(v, v.type())).get(lane);
    }

    /** One variable of {@code type} per lane, named after {@code var} with the lane's number. */
    private static List<Var> copies(Var var, Type type) {
        List<Var> copies = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            copies.add(Var.companion(var, Integer.toString(lane), Var.Role.SYNTHETIC, type));
        }
        return copies;
    }

    /**
     * True when {@code blocks} stays well within the size the JIT compiles: HotSpot never compiles a method of more
     * than 8000 bytes of bytecode ({@code -XX:-DontCompileHugeMethods} aside) and would interpret it, tens of times
     * slower. The generated methods measured (Rosenbrock, the ODE trajectory, the GMM, the LSTM, bundle adjustment)
     * take 1.8 to 2.5 bytes of bytecode per unit of {@code size}.
     */
    static boolean fits(Function blocks) {
        return size(blocks.body()) <= MAX_SIZE;
    }

    /**
     * The statements, operations ({@link OperationCounts}) and variable reads of a body: a measure of the size of its
     * bytecode.
     */
    private static int size(List<Stmt> body) {
        int size = OperationCounts.of(body).total();
        for (Statements.Located located : Statements.all(body)) {
            size++;
            for (Expr expr : Statements.expressions(located.stmt())) {
                size += Refs.in(expr).size();
            }
        }
        return size;
    }

    /** {@code Flat.direction(pDot, at[, p])}: direction {@code at}'s tangent of {@code param}, zeros past the last. */
    private static Expr direction(Var param, Var tangents, Expr at) {
        List<Expr> args = new ArrayList<>(List.of(new Expr.Ref(tangents), at));
        if (param.type().isArray()) {
            args.add(new Expr.Ref(param));
        }
        return new Expr.Runtime(RuntimeOp.DIRECTION, args, param.type());
    }

    /** The method being differentiated as a callee of its own generated class, for its one-direction forward mode. */
    private static Callee itself(Primal primal) {
        return new Callee(Callee.Kind.DIFFERENTIABLE, null, null, primal.name(),
                primal.params().stream().map(Var::type).toList(),
                primal.params().stream().map(primal.wrt()::contains).toList(), primal.result(), null);
    }

    /** {@code dir + lane}. */
    private static Expr at(Var dir, int lane) {
        return lane == 0 ? new Expr.Ref(dir)
                : new Expr.Op(Operator.ADD, List.of(new Expr.Ref(dir), Expr.Const.ofInt(lane)), Type.INT);
    }
}
