package dev.chainrule.processor.emit;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import dev.chainrule.processor.ir.Type;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The contract headers of generated methods, in Tapenade's spirit: what is differentiated, in which mode, with
 * respect to what, and which arguments are read, accumulated or overwritten.
 */
final class Javadocs {
    private Javadocs() {
    }

    static String forward(DifferentiatedMethod method, MethodDeclaration jvp) {
        List<String> names = names(jvp);
        StringBuilder sum = new StringBuilder();
        int at = 0;
        for (DifferentiatedMethod.Parameter p : method.parameters()) {
            at++;
            if (p.differentiable()) {
                sum.append(sum.length() == 0 ? "" : " + ").append("df/d").append(p.name()).append(" * ")
                        .append(names.get(at));
                at++;
            }
        }
        return "Forward mode (tangent) of {@link " + link(method) + "}.\n\n"
                + "<p>Returns {@code " + call(method) + "} and its derivative along the given tangents (J times the"
                + " tangent),\n"
                + "{@code " + sum + "}.\n" + inputs(method) + "\n\n"
                + "@return the value and the directional derivative";
    }

    static String vectorForward(DifferentiatedMethod method, MethodDeclaration jvps) {
        List<String> names = names(jvps);
        List<String> tangents = new java.util.ArrayList<>();
        int at = 0;
        for (DifferentiatedMethod.Parameter p : method.parameters()) {
            at++;
            if (p.differentiable()) {
                tangents.add(names.get(at));
                at++;
            }
        }
        String each = tangents.stream().map(t -> "{@code " + t + "[dir]}").collect(Collectors.joining(", "));
        return "Vector forward mode (Tapenade's {@code _dv}) of {@link " + link(method) + "}: many directions in"
                + " one sweep.\n\n"
                + "<p>Returns {@code " + call(method) + "} and, for every direction {@code dir}, its derivative along "
                + (each.isEmpty() ? "no tangents" : each) + "\n"
                + "(one Jacobian-vector product per direction). The primal and the partial derivatives are computed"
                + " once\nper block of directions and shared by them. Every tangent argument holds the same number of"
                + "\ndirections (the first one's length), or an {@code IllegalArgumentException} says which does not.\n"
                + inputs(method) + "\n\n"
                + "@return the value and one directional derivative per direction";
    }

    static String vectorReverse(DifferentiatedMethod method, MethodDeclaration vjps) {
        List<String> names = names(vjps);
        int n = method.parameters().size();
        String seeds = names.get(n);
        String bars = names.subList(n + 1, names.size()).stream().map(b -> "{@code " + b + "[k]}")
                .collect(Collectors.joining(", "));
        return "Vector reverse mode (Tapenade's {@code _bv}) of {@link " + link(method) + "}: many seeds in one"
                + " sweep.\n\n"
                + "<p>Returns {@code " + call(method) + "} and, for every seed {@code " + seeds + "[k]}, does what {@code "
                + method.name() + "Vjp} does with it,\naccumulating into " + (bars.isEmpty() ? "no adjoints" : bars)
                + ". The forward sweep and the tape run once;\nonly the adjoint arithmetic runs per seed. Every"
                + " adjoint argument holds as many arrays as there are seeds (checked).\n" + inputs(method)
                + "\n\n@return the value of {@code " + call(method) + "}";
    }

    static String secondOrder(DifferentiatedMethod method, MethodDeclaration hvp) {
        List<String> names = names(hvp);
        String dots = names.stream().filter(n -> n.endsWith("Dot")).map(n -> "{@code " + n + "}")
                .collect(Collectors.joining(", "));
        return "Forward over reverse mode of {@link " + link(method) + "}: the tangent of its reverse mode,"
                + " which gives\nHessian-vector products.\n\n"
                + "<p>Does what {@code " + method.name() + "Vjp} does (returns the value and accumulates"
                + " {@code seed}-weighted adjoints into\nthe {@code Bar} arrays) and, along the tangents " + dots + ","
                + " accumulates the derivative of each\nadjoint into its {@code BarDot} array: for a {@code double}"
                + " result, {@code seed * (d2f/dx2) * xDot + seedDot * df/dx}.\n"
                + "Reads its inputs, seeds and tangents; accumulates into the adjoint arrays and their tangents;"
                + " overwrites nothing.\n" + inputs(method) + "\n\n"
                + "@return the value and its directional derivative along the tangents";
    }

    static String reverse(DifferentiatedMethod method, MethodDeclaration vjp) {
        List<String> names = names(vjp);
        int n = method.parameters().size();
        String seed = names.get(n);
        List<String> bars = names.subList(n + 1, names.size());
        List<DifferentiatedMethod.Parameter> differentiable = method.differentiable();
        StringBuilder accumulates = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            DifferentiatedMethod.Parameter p = differentiable.get(i);
            String into = p.type() == dev.chainrule.processor.ir.Type.DOUBLE ? bars.get(i) + "[0]" : bars.get(i);
            accumulates.append(i == 0 ? "" : ", ").append("{@code ").append(into).append(" += ")
                    .append(method.result() == dev.chainrule.processor.ir.Type.DOUBLE ? seed + " * df/d" : "J")
                    .append(method.result() == dev.chainrule.processor.ir.Type.DOUBLE ? p.name() : "_" + p.name()
                            + "^T * " + seed).append("}");
        }
        String reads = method.parameters().stream().map(p -> "{@code " + p.name() + "}")
                .collect(Collectors.joining(", "));
        return "Reverse mode (adjoint) of {@link " + link(method) + "}.\n\n"
                + "<p>Returns {@code " + call(method) + "} and accumulates the gradient of the result, weighted by\n"
                + "{@code " + seed + "}, into the caller's arrays: " + (accumulates.length() == 0 ? "none" : accumulates)
                + ".\nReads " + reads + " and {@code " + seed + "}; accumulates into the adjoint arrays (a scalar's"
                + " in element 0); overwrites nothing.\n" + inputs(method) + "\n\n"
                + "@return the value of {@code " + call(method) + "}";
    }

    static String link(DifferentiatedMethod method) {
        return method.owner() + "#" + method.name() + "("
                + method.declared().stream().map(p -> p.type().javaName()).collect(Collectors.joining(", ")) + ")";
    }

    static String call(DifferentiatedMethod method) {
        return method.name() + "(" + method.declared().stream().map(DifferentiatedMethod.Parameter::name)
                .collect(Collectors.joining(", ")) + ")";
    }

    static String params(List<DifferentiatedMethod.Parameter> parameters, String what) {
        return parameters.stream().map(p -> " * @param " + p.name() + " " + (p.type() == Type.RECEIVER
                ? "the object the method is called on" : what + " {@code " + p.name() + "}") + "\n")
                .collect(Collectors.joining());
    }

    static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String inputs(DifferentiatedMethod method) {
        String differentiable = codes(method.differentiable());
        String constants = codes(method.constants());
        return "Differentiable inputs: " + (differentiable.isEmpty() ? "none" : differentiable) + "."
                + (constants.isEmpty() ? "" : " Constant inputs: " + constants + ".");
    }

    private static String codes(List<DifferentiatedMethod.Parameter> parameters) {
        return parameters.stream().map(p -> "{@code " + p.name() + "}").collect(Collectors.joining(", "));
    }

    private static List<String> names(MethodDeclaration method) {
        return method.getParameters().stream().map(Parameter::getNameAsString).toList();
    }
}
