package dev.chainrule.processor.emit;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.chainrule.processor.emit.DifferentiatedMethod.Parameter;
import dev.chainrule.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conveniences around the two derivative methods: {@code mGradient} with its result record, and the flat-vector
 * {@code DifferentiableFunction} view {@code m(...)}. They only call the generated {@code mJvp}/{@code mVjp}
 * and the original method; the code is a fixed shape over names, so it is written as Java and parsed into the AST.
 */
final class ApiEmitter {
    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private ApiEmitter() {
    }

    /** The record holding value and gradient, and the method returning it; for a {@code double} result only. */
    static List<BodyDeclaration<?>> gradient(DifferentiatedMethod method, MethodDeclaration vjp) {
        String record = Javadocs.capitalize(method.name()) + "Gradient";
        LocalNames componentNamer = new LocalNames(List.of());
        String value = componentNamer.claim("value");
        List<String> componentNames = new ArrayList<>();
        for (Parameter p : method.differentiable()) {
            componentNames.add(componentNamer.claim(p.name()));
        }
        StringBuilder recordSource = new StringBuilder();
        recordSource.append("/**\n * Value and gradient of {@link ").append(Javadocs.link(method))
                .append("} at one point.\n *\n * @param ").append(value).append(" the value of {@code ")
                .append(Javadocs.call(method)).append("}\n");
        for (int i = 0; i < componentNames.size(); i++) {
            String p = method.differentiable().get(i).name();
            recordSource.append(" * @param ").append(componentNames.get(i)).append(" the partial derivatives with "
                    + "respect to {@code ").append(p).append("}\n");
        }
        recordSource.append(" */\npublic record ").append(record).append("(double ").append(value);
        for (int i = 0; i < componentNames.size(); i++) {
            recordSource.append(", ").append(method.differentiable().get(i).type().javaName()).append(" ")
                    .append(componentNames.get(i));
        }
        recordSource.append(") {\n}\n");

        LocalNames locals = new LocalNames(method.parameters().stream().map(Parameter::name).toList());
        StringBuilder body = new StringBuilder();
        List<String> bars = new ArrayList<>();
        List<String> components = new ArrayList<>();
        for (Parameter p : method.differentiable()) {
            String bar = locals.claim(p.name() + "Bar");
            bars.add(bar);
            body.append(adjointType(p)).append(" ").append(bar).append(" = ").append(zerosLike(p, p.name()))
                    .append(";\n");
            components.add(p.type() == Type.DOUBLE ? bar + "[0]" : bar);
        }
        String result = locals.claim("value");
        body.append("double ").append(result).append(" = ").append(vjp.getNameAsString()).append("(")
                .append(method.parameters().stream().map(Parameter::name).collect(Collectors.joining(", ")))
                .append(", 1.0");
        bars.forEach(bar -> body.append(", ").append(bar));
        body.append(");\nreturn new ").append(record).append("(").append(result);
        components.forEach(c -> body.append(", ").append(c));
        body.append(");\n");

        String methodSource = "/**\n * Value and gradient of {@link " + Javadocs.link(method) + "} by one reverse sweep.\n"
                + " * Allocates the result; in a hot loop call {@link #" + vjp.getNameAsString()
                + "} with reused accumulators instead.\n *\n" + Javadocs.params(method.parameters(), "the argument")
                + " * @return the value and the partial derivatives, named after the parameters\n */\n"
                + "public static " + record + " " + method.name() + "Gradient(" + signature(method, method.parameters())
                + ") {\n" + body + "}\n";
        return List.of(parse(recordSource.toString()), parse(methodSource));
    }

    /**
     * The {@code DifferentiableFunction} view over the differentiable arguments, flattened in declaration order
     * (arrays element by element, matrices row by row). Array shapes and the length of a {@code double[]} result
     * are parameters of the factory; the other arguments are bound.
     */
    static BodyDeclaration<?> view(DifferentiatedMethod method, MethodDeclaration jvp, MethodDeclaration jvps,
            MethodDeclaration vjp, MethodDeclaration vjps, MethodDeclaration hvp) {
        List<String> factory = new ArrayList<>();
        List<String> factoryDocs = new ArrayList<>();
        // An instance method's receiver comes first, as in every other generated method.
        for (Parameter p : method.constants()) {
            if (p.type() == Type.RECEIVER) {
                factory.add(method.typeName(p) + " " + p.name());
                factoryDocs.add(" * @param " + p.name() + " the object the method is called on\n");
            }
        }
        List<String> sizes = new ArrayList<>();
        LocalNames names = new LocalNames(method.parameters().stream().map(Parameter::name).toList());
        List<Shape> shapes = new ArrayList<>();
        for (Parameter p : method.differentiable()) {
            Shape shape = Shape.of(p, names);
            shapes.add(shape);
            factory.addAll(shape.factoryParameters());
            shape.factoryParameters().forEach(f -> factoryDocs.add(" * @param " + f.substring(4)
                    + " the " + (f.endsWith("Length") ? "length" : f.endsWith("Rows") ? "row count" : "column count")
                    + " of {@code " + p.name() + "}\n"));
            sizes.add(shape.size());
        }
        boolean vector = method.result() == Type.DOUBLE_ARRAY;
        String resultLength = vector ? names.claim("resultLength") : null;
        if (vector) {
            factory.add("int " + resultLength);
            factoryDocs.add(" * @param " + resultLength + " the length of the result\n");
        }
        for (Parameter p : method.constants()) {
            if (p.type() == Type.RECEIVER) {
                continue;
            }
            factory.add(method.typeName(p) + " " + p.name());
            factoryDocs.add(" * @param " + p.name() + " the constant argument {@code " + p.name() + "}\n");
        }
        LocalNames locals = new LocalNames(factory.stream().map(f -> f.substring(f.lastIndexOf(' ') + 1)).toList());
        String x = locals.claim("x");
        String v = locals.claim("v");
        String w = locals.claim("w");
        String xBar = locals.claim("xBar");
        String xBarDot = locals.claim("xBarDot");
        String k = locals.claim("k");
        String value = locals.claim("value");

        StringBuilder unflattenX = new StringBuilder();
        StringBuilder unflattenV = new StringBuilder();
        StringBuilder unflattenDirections = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        StringBuilder flattenBars = new StringBuilder();
        StringBuilder barDots = new StringBuilder();
        StringBuilder flattenBarDots = new StringBuilder();
        List<String> barDotArgs = new ArrayList<>();
        StringBuilder laneBars = new StringBuilder();
        StringBuilder flattenLaneBars = new StringBuilder();
        List<String> laneBarArgs = new ArrayList<>();
        List<String> primalArgs = new ArrayList<>();
        List<String> jvpArgs = new ArrayList<>();
        List<String> jvpsArgs = new ArrayList<>();
        List<String> barArgs = new ArrayList<>();
        Offset offset = new Offset();
        int d = 0;
        for (Parameter p : method.parameters()) {
            if (!p.differentiable()) {
                primalArgs.add(p.name());
                jvpArgs.add(p.name());
                jvpsArgs.add(p.name());
                continue;
            }
            Shape shape = shapes.get(d++);
            if (method.differentiable().size() == 1 && p.type() == Type.DOUBLE_ARRAY) {
                // The flat vector is the array itself, and its adjoints arrive zeroed: pass them as they are.
                primalArgs.add(x);
                jvpArgs.add(x);
                jvpArgs.add(v);
                jvpsArgs.add(x);
                jvpsArgs.add(v);
                barArgs.add(xBar);
                barDotArgs.add(xBarDot);
                laneBarArgs.add(xBar);
                continue;
            }
            String bar = locals.claim(p.name() + "Bar");
            bars.append(adjointType(p)).append(" ").append(bar).append(" = ").append(shape.zeros()).append(";\n");
            barArgs.add(bar);
            String barDot = locals.claim(p.name() + "BarDot");
            barDots.append(adjointType(p)).append(" ").append(barDot).append(" = ").append(shape.zeros())
                    .append(";\n");
            barDotArgs.add(barDot);
            String laneBar = locals.claim(p.name() + "Bars");
            laneBars.append(adjointType(p)).append("[] ").append(laneBar).append(" = ")
                    .append(shape.lanes(w + ".length")).append(";\n");
            laneBarArgs.add(laneBar);
            if (p.type() == Type.DOUBLE) {
                flattenLaneBars.append(xBar).append("[").append(k).append("][").append(offset).append("] += ")
                        .append(laneBar).append("[").append(k).append("][0];\n");
                flattenBarDots.append(xBarDot).append("[").append(offset).append("] += ").append(barDot)
                        .append("[0];\n");
                primalArgs.add(x + "[" + offset + "]");
                jvpArgs.add(x + "[" + offset + "]");
                jvpArgs.add(v + "[" + offset + "]");
                jvpsArgs.add(x + "[" + offset + "]");
                jvpsArgs.add("Flat.tangentsIn(" + v + ", " + offset + ")");
                flattenBars.append(xBar).append("[").append(offset).append("] += ").append(bar).append("[0];\n");
            } else {
                String local = locals.claim(p.name());
                String dot = locals.claim(p.name() + "Dot");
                unflattenX.append(p.type().javaName()).append(" ").append(local).append(" = ").append(shape.zeros())
                        .append(";\nFlat.copyIn(").append(x).append(", ").append(offset).append(", ").append(local)
                        .append(");\n");
                unflattenV.append(p.type().javaName()).append(" ").append(dot).append(" = ").append(shape.zeros())
                        .append(";\nFlat.copyIn(").append(v).append(", ").append(offset).append(", ").append(dot)
                        .append(");\n");
                unflattenDirections.append(p.type().lifted().javaName()).append(" ").append(dot).append(" = ")
                        .append(shape.lanes(v + ".length")).append(";\nFlat.tangentsIn(").append(v).append(", ").append(offset).append(", ").append(dot)
                        .append(");\n");
                primalArgs.add(local);
                jvpArgs.add(local);
                jvpArgs.add(dot);
                jvpsArgs.add(local);
                jvpsArgs.add(dot);
                flattenBars.append("Flat.addOut(").append(bar).append(", ").append(xBar).append(", ")
                        .append(offset).append(");\n");
                flattenBarDots.append("Flat.addOut(").append(barDot).append(", ").append(xBarDot).append(", ")
                        .append(offset).append(");\n");
                flattenLaneBars.append("Flat.addOut(").append(laneBar).append("[").append(k).append("], ").append(xBar)
                        .append("[").append(k).append("], ").append(offset).append(");\n");
            }
            offset.add(shape.size());
        }
        List<String> vjpArgs = new ArrayList<>(primalArgs);
        vjpArgs.add(w);
        vjpArgs.addAll(barArgs);
        List<String> vjpsArgs = new ArrayList<>(primalArgs);
        vjpsArgs.add(w);
        vjpsArgs.addAll(laneBarArgs);
        List<String> hvpArgs = new ArrayList<>(jvpArgs);
        hvpArgs.add(w);
        hvpArgs.add(vector ? "new double[" + w + ".length]" : "0.0");
        for (int i = 0; i < barArgs.size(); i++) {
            hvpArgs.add(barArgs.get(i));
            hvpArgs.add(barDotArgs.get(i));
        }
        Offset total = new Offset();
        sizes.forEach(total::add);
        String n = total.toString();
        String flat = method.differentiable().stream().map(Parameter::name).collect(Collectors.joining(", "));
        String result = vector ? "double[]" : "double";
        String source = "/**\n * {@link " + Javadocs.link(method) + "} as a {@link DifferentiableFunction} of the flat "
                + "vector ({@code " + flat + "}),\n * arrays flattened row by row, for the runtime's gradient, "
                + "Jacobian and checking drivers."
                + (method.constants().isEmpty() ? "" : "\n * The constant arguments are bound to the values given.")
                + "\n *\n" + String.join("", factoryDocs)
                + " * @return a thread-safe view with " + n + " inputs and " + (vector ? resultLength : "1")
                + " output" + (vector ? "s" : "") + "\n */\n"
                + "public static DifferentiableFunction " + method.name() + "(" + String.join(", ", factory)
                + ") {\n"
                + "return new " + (hvp == null ? "" : "SecondOrder")
                + (vector ? "VectorFunction(" + n + ", " + resultLength + ")" : "ScalarFunction(" + n + ")") + " {\n"
                + "@Override\nprotected " + result + " valueAt(double[] " + x + ") {\n" + unflattenX
                + "return " + primalCall(method, primalArgs) + ";\n}\n"
                + "@Override\nprotected " + (vector ? "DualVector" : "Dual") + " jvpAt(double[] " + x + ", double[] "
                + v + ") {\n" + unflattenX + unflattenV
                + "return " + jvp.getNameAsString() + "(" + String.join(", ", jvpArgs) + ");\n}\n"
                + "@Override\nprotected " + (vector ? "DualVectors" : "Duals") + " jvpsAt(double[] " + x
                + ", double[][] " + v + ") {\n" + unflattenX + unflattenDirections
                + "return " + jvps.getNameAsString() + "(" + String.join(", ", jvpsArgs) + ");\n}\n"
                + "@Override\nprotected " + result + " vjpAt(double[] " + x + ", " + result + " " + w + ", double[] "
                + xBar + ") {\n" + unflattenX + bars
                + result + " " + value + " = " + vjp.getNameAsString() + "(" + String.join(", ", vjpArgs) + ");\n"
                + flattenBars + "return " + value + ";\n}\n"
                + (vjps == null ? "" : "@Override\nprotected " + result + " vjpsAt(double[] " + x + ", " + result
                + "[] " + w + ", double[][] " + xBar + ") {\n" + unflattenX + laneBars + result + " " + value + " = "
                + vjps.getNameAsString() + "(" + String.join(", ", vjpsArgs) + ");\n"
                + (flattenLaneBars.length() == 0 ? "" : "for (int " + k + " = 0; " + k + " < " + w + ".length; " + k
                + "++) {\n" + flattenLaneBars + "}\n") + "return " + value + ";\n}\n")
                + (hvp == null ? "" : "@Override\nprotected " + result + " hvpAt(double[] " + x + ", " + result + " "
                + w + ", double[] " + v + ", double[] " + xBar + ", double[] " + xBarDot + ") {\n" + unflattenX
                + unflattenV + bars + barDots + (vector ? "DualVector " : "Dual ") + value + " = "
                + hvp.getNameAsString() + "(" + String.join(", ", hvpArgs) + ");\n" + flattenBars + flattenBarDots
                + "return " + value + ".value();\n}\n")
                + "@Override\npublic Costs costs() {\n"
                + "// Operations of the generated code: value, jvp, vjp, jvps shared and per direction,\n"
                + "// vjps shared and per seed.\n"
                + "return new Costs(" + method.costs().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ");\n}\n};\n}\n";
        return parse(source);
    }

    /** A position in the flat vector: a number plus the sizes of the arrays before it, printed folded. */
    private static final class Offset {
        private int fixed;
        private final List<String> sizes = new ArrayList<>();

        void add(String size) {
            if (size.equals("1")) {
                fixed++;
            } else {
                sizes.add(size);
            }
        }

        @Override
        public String toString() {
            if (sizes.isEmpty()) {
                return Integer.toString(fixed);
            }
            return String.join(" + ", sizes) + (fixed == 0 ? "" : " + " + fixed);
        }
    }

    /** How a differentiable parameter sits in the flat vector, and the factory parameters giving its shape. */
    private record Shape(Parameter parameter, List<String> factoryParameters, String size, String zeros) {

        /**
         * Zeros for {@code count} lanes (directions or seeds) of the parameter: a row per lane through
         * {@code Flat.matrix}, since C2 compiles {@code new double[count][length]} into a call of the VM that costs a
         * small function's view more than its sweeps.
         */
        String lanes(String count) {
            String dimensions = zeros.substring("new double".length());
            return dimensions.indexOf('[', 1) < 0 ? "Flat.matrix(" + count + ", " + dimensions.substring(1,
                    dimensions.length() - 1) + ")" : "new double[" + count + "]" + dimensions;
        }

        static Shape of(Parameter p, LocalNames names) {
            if (p.type() == Type.DOUBLE) {
                return new Shape(p, List.of(), "1", "new double[1]");
            }
            if (p.type() == Type.DOUBLE_ARRAY) {
                String length = names.claim(p.name() + "Length");
                return new Shape(p, List.of("int " + length), length, "new double[" + length + "]");
            }
            String rows = names.claim(p.name() + "Rows");
            String cols = names.claim(p.name() + "Cols");
            return new Shape(p, List.of("int " + rows, "int " + cols), rows + " * " + cols,
                    "new double[" + rows + "][" + cols + "]");
        }
    }

    /** The accumulator type of a parameter's adjoint: a scalar's is a {@code double[]} of length one. */
    private static String adjointType(Parameter p) {
        return p.type() == Type.DOUBLE ? "double[]" : p.type().javaName();
    }

    /** A zero adjoint accumulator for parameter {@code p}, shaped like the argument {@code name}. */
    private static String zerosLike(Parameter p, String name) {
        return switch (p.type()) {
            case DOUBLE -> "new double[1]";
            case DOUBLE_ARRAY -> "new double[" + name + ".length]";
            default -> "Flat.zerosLike(" + name + ")";
        };
    }

    private static String signature(DifferentiatedMethod method, List<Parameter> parameters) {
        return parameters.stream().map(p -> method.typeName(p) + " " + p.name()).collect(Collectors.joining(", "));
    }

    /** {@code Owner.m(args)}, or {@code self.m(args)} for an instance method (its receiver comes first in args). */
    private static String primalCall(DifferentiatedMethod method, List<String> args) {
        if (method.receiverType() == null) {
            return method.owner() + "." + method.name() + "(" + String.join(", ", args) + ")";
        }
        return args.get(0) + "." + method.name() + "(" + String.join(", ", args.subList(1, args.size())) + ")";
    }

    private static BodyDeclaration<?> parse(String source) {
        ParseResult<BodyDeclaration<?>> result = PARSER.parseBodyDeclaration(source);
        return result.getResult().filter(r -> result.isSuccessful()).orElseThrow(() ->
                new IllegalStateException("emitted code does not parse: " + result.getProblems() + "\n" + source));
    }
}
