package dev.chainrule.processor.fuzz;

import dev.chainrule.processor.fuzz.Ast.Method;
import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks a compiled program: every differentiable method of its main and library classes, at a few random points
 * that its seed decides, so that a program checked again (alone, or shrunk) is checked at the same points.
 */
final class Checker {
    static final int POINTS = 3;

    private Checker() {
    }

    static Findings check(Program program, String className, ClassLoader loader) {
        Findings findings = new Findings();
        Random random = new Random(program.seed() * 0x9E3779B97F4A7C15L + 1);
        List<Method> methods = new ArrayList<>(program.main());
        methods.addAll(program.library());
        // StopGradient.stop(e) has derivative zero by definition, which differences of the plain method cannot see
        boolean differences = Traversal.sites(program).stream().noneMatch(s -> s.node() instanceof Ast.Call c
                && c.callee() == Ast.Callee.STOP_GRADIENT);
        for (Method method : methods) {
            if (!method.differentiable()) {
                continue;
            }
            String owner = program.main().contains(method) ? className : Printer.libraryName(className);
            List<Failure> missing = new ArrayList<>();
            GeneratedApi api = GeneratedApi.of(loader, owner, method, missing);
            missing.forEach(findings::add);
            if (api == null || api.plain == null || api.jvp == null || api.jvps == null || api.vjp == null
                    || api.view == null) {
                continue;
            }
            findings.count("methods");
            for (int p = 0; p < POINTS; p++) {
                new PointCheck(api, findings, random, differences).run();
            }
        }
        return findings;
    }
}
