package dev.chainrule.processor;

import dev.chainrule.processor.analysis.Activity;
import dev.chainrule.processor.analysis.OperationCounts;
import dev.chainrule.processor.callees.Parameters;
import dev.chainrule.processor.callees.Types;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.emit.DifferentiatedMethod;
import dev.chainrule.processor.frontend.Callees;
import dev.chainrule.processor.frontend.Fields;
import dev.chainrule.processor.frontend.FrontEnd;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import dev.chainrule.processor.opt.Cleanup;
import dev.chainrule.processor.source.MethodSource;
import dev.chainrule.processor.source.SourceLocator;
import dev.chainrule.processor.transform.ForwardTransform;
import dev.chainrule.processor.transform.ReverseTransform;
import dev.chainrule.processor.transform.CarriedAdjoints;
import dev.chainrule.processor.transform.VectorReverse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * One method through the pipeline: validate the declaration, locate and parse its source, lower it to the IR,
 * analyse activity, and derive the forward and reverse functions. Problems are printed here, at the element or at
 * the offending expression; an empty result means the compile has failed.
 */
final class MethodCompiler {
    private final Messager messager;
    private final SourceLocator locator;

    MethodCompiler(ProcessingEnvironment environment, SourceLocator locator) {
        this.messager = environment.getMessager();
        this.locator = locator;
    }

    /** A {@code @Differentiable} method. */
    Optional<DifferentiatedMethod> compile(ExecutableElement method, Callees callees, Fields fields) {
        if (!validDeclaration(method)) {
            return Optional.empty();
        }
        return wrt(method).flatMap(wrt -> lower(method, wrt, callees, fields, false));
    }

    /** A static helper a differentiable method calls, differentiated in all its double and array parameters. */
    Optional<DifferentiatedMethod> compileHelper(ExecutableElement method, Callees callees, Fields fields) {
        return lower(method, Parameters.differentiableTyped(method), callees, fields, true);
    }

    private Optional<DifferentiatedMethod> lower(ExecutableElement method, Set<String> wrt, Callees callees,
            Fields fields, boolean helper) {
        Optional<MethodSource> source = locator.locate(method);
        if (source.isEmpty()) {
            error(method, Diagnostic.NO_SOURCE.format(method.getSimpleName()));
            return Optional.empty();
        }
        Set<String> methodsOfClass = new LinkedHashSet<>();
        for (ExecutableElement sibling : ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements())) {
            methodsOfClass.add(sibling.getSimpleName().toString());
        }
        FrontEnd.Result lowered = FrontEnd.lower(source.get().unit(), source.get().declaration(), wrt,
                methodsOfClass, callees, fields);
        for (Problem problem : lowered.problems()) {
            print(source.get(), problem, method);
        }
        if (lowered.primal() == null) {
            return Optional.empty();
        }
        Primal primal = lowered.primal();
        Activity activity = Activity.of(primal);
        for (FrontEnd.ZeroDerivative zero : lowered.zeroDerivatives()) {
            if (activity.isVaried(zero.argument())) {
                print(source.get(), Problem.at(zero.node(), Diagnostic.ZERO_DERIVATIVE, zero.what()), method);
            }
        }
        if (!droppedDerivatives(lowered.calls(), activity, source.get(), method)) {
            return Optional.empty();
        }
        if (!helper && !primal.wrt().isEmpty() && !activity.resultIsVaried(primal)) {
            messager.printMessage(Kind.WARNING, Diagnostic.CONSTANT_RESULT.format(method.getSimpleName()), method);
        }
        String name = method.getSimpleName().toString();
        List<DifferentiatedMethod.Parameter> parameters = new ArrayList<>();
        for (Var parameter : primal.params()) {
            parameters.add(new DifferentiatedMethod.Parameter(parameter.hint(), parameter.type(),
                    primal.wrt().contains(parameter)));
        }
        Function copy = helper ? new Function(name, primal.params().stream().map(dev.chainrule.processor.ir.Param::new)
                .toList(), primal.body(), primal.result() == Type.DOUBLE ? Function.Result.DOUBLE
                : Function.Result.DOUBLE_ARRAY) : null;
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        String receiverType = method.getModifiers().contains(Modifier.STATIC) ? null
                : Types.nestedName(owner) + (owner.getTypeParameters().isEmpty() ? ""
                        : owner.getTypeParameters().stream().map(t -> "?").collect(java.util.stream.Collectors
                                .joining(", ", "<", ">")));
        Function forward = Cleanup.apply(ForwardTransform.apply(primal, activity, name + "Jvp"));
        int primalOps = OperationCounts.of(primal.body()).total();
        int forwardOps = OperationCounts.of(forward.body()).total();
        ForwardTransform.Vector vectorMode = ForwardTransform.applyVector(primal, activity, forward, name + "Jvps",
                primalOps, forwardOps);
        Function vectorForward = Cleanup.apply(vectorMode.function());
        Function reverse = Cleanup.apply(ReverseTransform.apply(primal, name + "Vjp"));
        Function vectorReverse = helper ? null : VectorReverse.apply(reverse, primal.params().size(), name + "Vjps")
                .map(Cleanup::apply).orElse(null);
        OperationCounts.Counts vector = vectorMode.counts();
        OperationCounts.Counts seeds = vectorReverse == null ? new OperationCounts.Counts(0, 0)
                : OperationCounts.of(vectorReverse.body());
        List<Integer> costs = List.of(primalOps, forwardOps, OperationCounts.of(reverse.body()).total(),
                vector.shared(), vector.perDirection(), seeds.shared(), seeds.perDirection());
        return Optional.of(new DifferentiatedMethod(Types.nestedName(owner), name, parameters, primal.result(),
                forward, vectorForward, Cleanup.apply(CarriedAdjoints.apply(reverse)), vectorReverse, null, copy, costs,
                receiverType));
    }

    /**
     * Reports calls that pass a value depending on the inputs to a parameter whose derivative the callee does not
     * compute: the result would silently miss that part of the derivative.
     */
    private boolean droppedDerivatives(List<FrontEnd.CallSite> calls, Activity activity, MethodSource source,
            ExecutableElement method) {
        boolean ok = true;
        for (FrontEnd.CallSite site : calls) {
            Expr.Call call = site.call();
            for (int i = 0; i < call.args().size(); i++) {
                boolean dropped = !call.callee().differentiable().get(i)
                        && call.callee().params().get(i).isDifferentiable() && activity.isVaried(call.args().get(i));
                if (dropped) {
                    print(source, Problem.at(site.node(), Diagnostic.CONSTANT_ARGUMENT, "`" + site.node() + "`",
                            Integer.toString(i + 1), call.callee().name()), method);
                    ok = false;
                }
            }
        }
        return ok;
    }

    private void print(MethodSource source, Problem problem, ExecutableElement method) {
        source.positions().print(problem.diagnostic().isWarning() ? Kind.WARNING : Kind.ERROR, problem, method,
                messager);
    }

    private boolean validDeclaration(ExecutableElement method) {
        boolean valid = true;
        String name = method.getSimpleName().toString();
        for (Element e = method; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                error(method, Diagnostic.NOT_ACCESSIBLE.format(name));
                valid = false;
                break;
            }
        }
        long overloads = ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name))
                .filter(Parameters::isDifferentiable)
                .count();
        if (overloads > 1) {
            error(method, Diagnostic.OVERLOADED.format(name, method.getEnclosingElement().getSimpleName()));
            valid = false;
        }
        return valid;
    }

    /** The names to differentiate: {@code wrt} if given, else every differentiable parameter not marked constant. */
    private Optional<Set<String>> wrt(ExecutableElement method) {
        List<String> listed = Parameters.listedWrt(method);
        Set<String> typed = Parameters.differentiableTyped(method);
        Set<String> constants = Parameters.constants(method);
        boolean valid = true;
        for (String name : listed) {
            if (!typed.contains(name) || constants.contains(name)) {
                error(method, Diagnostic.UNKNOWN_WRT.format(name, method.getSimpleName()));
                valid = false;
            }
        }
        return valid ? Optional.of(Parameters.wrt(method)) : Optional.empty();
    }

    private void error(Element element, String message) {
        messager.printMessage(Kind.ERROR, message, element);
    }
}
