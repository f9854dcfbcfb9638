package dev.chainrule.processor.emit;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.chainrule.processor.emit.DifferentiatedMethod.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conveniences around the two derivative methods: {@code mGradient} with its result record, and the flat-vector
 * {@code DifferentiableFunction} view {@code m(constants...)}. They only call the generated {@code mJvp}/{@code mVjp}
 * and the original method; the code is a fixed shape over names, so it is written as Java and parsed into the AST.
 */
final class ApiEmitter {
    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private ApiEmitter() {
    }

    /** The record holding value and gradient, and the method returning it. */
    static List<BodyDeclaration<?>> gradient(DifferentiatedMethod method, MethodDeclaration vjp) {
        String record = Javadocs.capitalize(method.name()) + "Gradient";
        LocalNames components = new LocalNames(List.of());
        String value = components.claim("value");
        List<String> componentNames = new ArrayList<>();
        for (Parameter p : method.differentiable()) {
            componentNames.add(components.claim(p.name()));
        }
        StringBuilder recordSource = new StringBuilder();
        recordSource.append("/**\n * Value and gradient of {@link ").append(Javadocs.link(method))
                .append("} at one point.\n *\n * @param ").append(value).append(" the value of {@code ")
                .append(Javadocs.call(method)).append("}\n");
        for (int i = 0; i < componentNames.size(); i++) {
            String p = method.differentiable().get(i).name();
            recordSource.append(" * @param ").append(componentNames.get(i)).append(" the partial derivative with respect "
                    + "to {@code ").append(p).append("}\n");
        }
        recordSource.append(" */\npublic record ").append(record).append("(double ").append(value);
        componentNames.forEach(c -> recordSource.append(", double ").append(c));
        recordSource.append(") {\n}\n");

        LocalNames locals = new LocalNames(method.parameters().stream().map(Parameter::name).toList());
        List<String> bars = method.differentiable().stream().map(p -> locals.claim(p.name() + "Bar")).toList();
        String result = locals.claim("value");
        StringBuilder body = new StringBuilder();
        bars.forEach(bar -> body.append("double[] ").append(bar).append(" = new double[1];\n"));
        body.append("double ").append(result).append(" = ").append(vjp.getNameAsString()).append("(")
                .append(method.parameters().stream().map(Parameter::name).collect(Collectors.joining(", ")))
                .append(", 1.0");
        bars.forEach(bar -> body.append(", ").append(bar));
        body.append(");\nreturn new ").append(record).append("(").append(result);
        bars.forEach(bar -> body.append(", ").append(bar).append("[0]"));
        body.append(");\n");

        String methodSource = "/**\n * Value and gradient of {@link " + Javadocs.link(method) + "} by one reverse sweep.\n"
                + " * Allocates the result; in a hot loop call {@link #" + vjp.getNameAsString()
                + "} with reused accumulators instead.\n *\n" + Javadocs.params(method.parameters(), "the argument")
                + " * @return the value and the partial derivatives, named after the parameters\n */\n"
                + "public static " + record + " " + method.name() + "Gradient(" + signature(method.parameters())
                + ") {\n" + body + "}\n";
        return List.of(parse(recordSource.toString()), parse(methodSource));
    }

    /** The {@code DifferentiableFunction} view over the differentiable arguments, flattened in declaration order. */
    static BodyDeclaration<?> view(DifferentiatedMethod method, MethodDeclaration jvp, MethodDeclaration vjp) {
        List<Parameter> differentiable = method.differentiable();
        LocalNames locals = new LocalNames(method.constants().stream().map(Parameter::name).toList());
        String x = locals.claim("x");
        String v = locals.claim("v");
        String w = locals.claim("w");
        String xBar = locals.claim("xBar");
        List<String> bars = differentiable.stream().map(p -> locals.claim(p.name() + "Bar")).toList();
        String value = locals.claim("value");

        List<String> primalArgs = new ArrayList<>();
        List<String> jvpArgs = new ArrayList<>();
        List<String> vjpArgs = new ArrayList<>();
        int index = 0;
        for (Parameter p : method.parameters()) {
            if (p.differentiable()) {
                primalArgs.add(x + "[" + index + "]");
                jvpArgs.add(x + "[" + index + "]");
                jvpArgs.add(v + "[" + index + "]");
                vjpArgs.add(x + "[" + index + "]");
                index++;
            } else {
                primalArgs.add(p.name());
                jvpArgs.add(p.name());
                vjpArgs.add(p.name());
            }
        }
        vjpArgs.add(w);
        vjpArgs.addAll(bars);

        StringBuilder vjpBody = new StringBuilder();
        bars.forEach(bar -> vjpBody.append("double[] ").append(bar).append(" = new double[1];\n"));
        vjpBody.append("double ").append(value).append(" = ").append(vjp.getNameAsString()).append("(")
                .append(String.join(", ", vjpArgs)).append(");\n");
        for (int i = 0; i < bars.size(); i++) {
            vjpBody.append(xBar).append("[").append(i).append("] += ").append(bars.get(i)).append("[0];\n");
        }
        vjpBody.append("return ").append(value).append(";\n");

        String flat = differentiable.stream().map(Parameter::name).collect(Collectors.joining(", "));
        String source = "/**\n * {@link " + Javadocs.link(method) + "} as a {@link DifferentiableFunction} of the flat "
                + "vector ({@code " + flat + "}),\n * for the runtime's gradient, Jacobian and checking drivers."
                + (method.constants().isEmpty() ? "" : " The constant arguments are bound to the values given.")
                + "\n *\n" + Javadocs.params(method.constants(), "the constant argument")
                + " * @return a thread-safe view with " + differentiable.size() + " inputs and 1 output\n */\n"
                + "public static DifferentiableFunction " + method.name() + "(" + signature(method.constants())
                + ") {\n"
                + "return new ScalarFunction(" + differentiable.size() + ") {\n"
                + "@Override\nprotected double valueAt(double[] " + x + ") {\n"
                + "return " + method.owner() + "." + method.name() + "(" + String.join(", ", primalArgs) + ");\n}\n"
                + "@Override\nprotected Dual jvpAt(double[] " + x + ", double[] " + v + ") {\n"
                + "return " + jvp.getNameAsString() + "(" + String.join(", ", jvpArgs) + ");\n}\n"
                + "@Override\nprotected double vjpAt(double[] " + x + ", double " + w + ", double[] " + xBar + ") {\n"
                + vjpBody + "}\n};\n}\n";
        return parse(source);
    }

    private static String signature(List<Parameter> parameters) {
        return parameters.stream().map(p -> "double " + p.name()).collect(Collectors.joining(", "));
    }

    private static BodyDeclaration<?> parse(String source) {
        ParseResult<BodyDeclaration<?>> result = PARSER.parseBodyDeclaration(source);
        return result.getResult().filter(r -> result.isSuccessful()).orElseThrow(() ->
                new IllegalStateException("emitted code does not parse: " + result.getProblems() + "\n" + source));
    }
}
