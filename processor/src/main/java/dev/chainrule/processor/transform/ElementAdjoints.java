package dev.chainrule.processor.transform;

import dev.chainrule.processor.analysis.Refs;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums several contributions to one adjoint element in a local before adding it to the array once:
 * {@code xBar[i] += u; xBar[i] -= v;} becomes {@code double xBarI = u; xBarI -= v; xBar[i] += xBarI;}. A run of
 * backward statements is coalesced only while nothing in it reads those adjoint arrays or changes their indices, so
 * the sums are the same; it saves a read-modify-write of memory per extra use of an input element.
 */
final class ElementAdjoints {
    private ElementAdjoints() {
    }

    static List<Stmt> coalesce(List<Stmt> block) {
        List<Stmt> out = new ArrayList<>();
        int i = 0;
        while (i < block.size()) {
            int end = i;
            Set<Var> roots = new HashSet<>();
            Set<Var> indices = new HashSet<>();
            while (end < block.size() && fitsRun(block.get(end), roots, indices)) {
                end++;
            }
            if (end == i) {
                out.add(nested(block.get(i)));
                i++;
            } else {
                out.addAll(run(block.subList(i, end)));
                i = end;
            }
        }
        return out;
    }

    /** Adds {@code stmt} to the run being collected when it keeps the run's sums valid. */
    private static boolean fitsRun(Stmt stmt, Set<Var> roots, Set<Var> indices) {
        if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element element) {
            if (reads(accumulate.value(), roots) || indices.contains(element.root())) {
                return false;
            }
            roots.add(element.root());
            indices.addAll(Refs.in(element.index()));
            Expr array = element.array();
            while (array instanceof Expr.Element row) {
                indices.addAll(Refs.in(row.index()));
                array = row.array();
            }
            return true;
        }
        if (stmt instanceof Stmt.Assign || stmt instanceof Stmt.Accumulate) {
            Var target = stmt instanceof Stmt.Assign assign ? assign.var()
                    : ((Expr.Ref) ((Stmt.Accumulate) stmt).target()).var();
            Expr value = stmt instanceof Stmt.Assign assign ? assign.value() : ((Stmt.Accumulate) stmt).value();
            return !indices.contains(target) && !roots.contains(target) && !reads(value, roots);
        }
        return false;
    }

    private static boolean reads(Expr value, Set<Var> roots) {
        return Refs.in(value).stream().anyMatch(roots::contains);
    }

    /** Coalesces the elements of a run that receive more than one contribution. */
    private static List<Stmt> run(List<Stmt> run) {
        Map<Expr.Element, Integer> counts = new LinkedHashMap<>();
        for (Stmt stmt : run) {
            if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element element) {
                counts.merge(element, 1, Integer::sum);
            }
        }
        Map<Expr.Element, Var> locals = new LinkedHashMap<>();
        List<Stmt> out = new ArrayList<>();
        for (Stmt stmt : run) {
            if (stmt instanceof Stmt.Accumulate accumulate && accumulate.target() instanceof Expr.Element element
                    && counts.get(element) > 1) {
                Var local = locals.get(element);
                if (local == null) {
                    local = Var.derivative(name(element), Var.Role.SYNTHETIC, Type.DOUBLE);
                    locals.put(element, local);
                    out.add(new Stmt.Assign(local, accumulate.value()));
                } else {
                    out.add(new Stmt.Accumulate(new Expr.Ref(local), accumulate.value()));
                }
            } else {
                out.add(stmt);
            }
        }
        locals.forEach((element, local) -> out.add(new Stmt.Accumulate(element, new Expr.Ref(local))));
        return out;
    }

    /** {@code xBarI} for {@code xBar[i]}, {@code xBarElement} for an index that is not a variable. */
    private static String name(Expr.Element element) {
        Var root = element.root();
        String base = root.base() == null ? root.hint() : root.base().hint() + root.hint();
        if (element.array() instanceof Expr.Ref && element.index() instanceof Expr.Ref index) {
            String i = index.var().hint();
            return base + Character.toUpperCase(i.charAt(0)) + i.substring(1);
        }
        return base + "Element";
    }

    private static Stmt nested(Stmt stmt) {
        if (stmt instanceof Stmt.If ifStmt) {
            return new Stmt.If(ifStmt.condition(), coalesce(ifStmt.then()), coalesce(ifStmt.otherwise()));
        }
        if (stmt instanceof Stmt.Repeat repeat) {
            return new Stmt.Repeat(repeat.counter(), repeat.times(), coalesce(repeat.body()), repeat.step(),
                    repeat.first());
        }
        return stmt;
    }
}
