package dev.chainrule.processor.emit;

import dev.chainrule.processor.analysis.Liveness;
import dev.chainrule.processor.analysis.Statements;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each local is declared. The IR has no declarations; Java needs one in a block that encloses every use. A
 * variable is declared in the innermost block holding all its occurrences: at its first assignment when that comes
 * first and sits directly in that block ({@code double t = x * x;}), otherwise with a zero value just before its
 * first occurrence there. Locals of a loop body stay in the loop, unless an iteration may read the value the one
 * before left (every IR local starts at zero once, while a declaration in a loop body would start it again at each
 * iteration): those move out of the loop.
 */
final class Declarations {
    /** One step of a path from the function body down to a statement: a block and an index in it. */
    private record Step(List<Stmt> block, int index) {
    }

    private final Map<Var, List<List<Step>>> paths = new LinkedHashMap<>();
    private final Map<Stmt, Var> declaredAt = new IdentityHashMap<>();
    private final Map<List<Stmt>, Map<Integer, List<Var>>> hoisted = new IdentityHashMap<>();
    private final Liveness liveness;

    private Declarations(Liveness liveness) {
        this.liveness = liveness;
    }

    static Declarations of(Function function) {
        Declarations declarations = new Declarations(Liveness.of(function.body()));
        Set<Var> params = new HashSet<>();
        for (Param param : function.params()) {
            params.add(param.var());
        }
        Set<Var> counters = new HashSet<>();
        declarations.walk(function.body(), new ArrayList<>(), params, counters);
        declarations.place();
        return declarations;
    }

    /** The variable {@code stmt} declares as it assigns it, or null. */
    Var declaredBy(Stmt stmt) {
        return declaredAt.get(stmt);
    }

    /** The variables declared with a zero value just before statement {@code index} of {@code block}. */
    List<Var> hoistedBefore(List<Stmt> block, int index) {
        return hoisted.getOrDefault(block, Map.of()).getOrDefault(index, List.of());
    }

    private void walk(List<Stmt> block, List<Step> path, Set<Var> params, Set<Var> counters) {
        for (int i = 0; i < block.size(); i++) {
            Stmt stmt = block.get(i);
            List<Step> here = new ArrayList<>(path);
            here.add(new Step(block, i));
            if (stmt instanceof Stmt.Repeat repeat) {
                counters.add(repeat.counter());
            } else if (stmt instanceof Stmt.Each each) {
                counters.add(each.index());
            }
            for (Var var : Occurrences.own(stmt)) {
                if (!params.contains(var) && !counters.contains(var)) {
                    paths.computeIfAbsent(var, v -> new ArrayList<>()).add(here);
                }
            }
            for (List<Stmt> nested : Statements.nestedBodies(stmt)) {
                walk(nested, here, params, counters);
            }
        }
    }

    private void place() {
        paths.forEach((var, all) -> {
            // The innermost block holding every occurrence: occurrences in two bodies of one statement (an if's
            // branches, a loop's header and body) are held by the block of that statement, not by either body.
            int depth = 0;
            while (sameBlock(all, depth + 1)) {
                depth++;
            }
            int d = outsideCarryingLoops(var, all.get(0), depth);
            List<Stmt> block = all.get(0).get(d).block();
            int first = all.stream().mapToInt(p -> p.get(d).index()).min().orElseThrow();
            Stmt stmt = block.get(first);
            boolean direct = all.stream().anyMatch(p -> p.size() == d + 1 && p.get(d).index() == first);
            long mentions = all.stream().filter(p -> p.get(d).index() == first).count();
            if (direct && mentions == 1 && stmt instanceof Stmt.Assign assign && assign.var() == var) {
                declaredAt.put(stmt, var);
            } else {
                hoisted.computeIfAbsent(block, b -> new LinkedHashMap<>())
                        .computeIfAbsent(first, i -> new ArrayList<>()).add(var);
            }
        });
    }

    /**
     * The depth at which {@code var} can be declared, at most {@code depth}: above the outermost loop on
     * {@code path} that an iteration of may read {@code var} from the one before.
     */
    private int outsideCarryingLoops(Var var, List<Step> path, int depth) {
        for (int j = 0; j < depth; j++) {
            Stmt stmt = path.get(j).block().get(path.get(j).index());
            boolean loop = stmt instanceof Stmt.While || stmt instanceof Stmt.Repeat || stmt instanceof Stmt.Each;
            if (loop && liveness.before(stmt).contains(var)) {
                return j;
            }
        }
        return depth;
    }

    /** True when every path goes {@code depth} deep through the same statement and then the same body of it. */
    private static boolean sameBlock(List<List<Step>> all, int depth) {
        List<Step> first = all.get(0);
        return all.stream().allMatch(p -> p.size() > depth && p.get(depth - 1).index() == first.get(depth - 1).index()
                && p.get(depth).block() == first.get(depth).block());
    }
}
