package dev.chainrule.corpus;

import java.util.ArrayList;
import java.util.List;

/** Every corpus method's case, class by class. */
final class Catalog {

    /** The corpus classes, in the order their cases are listed. */
    static final List<Class<?>> CLASSES = List.of(Statistics.class, Physics.class, Finance.class, Geometry.class,
            OdeSteppers.class, Regression.class, NeuralLayers.class, Interpolation.class, SpecialFunctions.class,
            Solvers.class, Matrices.class, Recurrences.class);

    private Catalog() {
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        all.addAll(StatisticsCases.cases());
        all.addAll(PhysicsCases.cases());
        all.addAll(FinanceCases.cases());
        all.addAll(GeometryCases.cases());
        all.addAll(OdeSteppersCases.cases());
        all.addAll(RegressionCases.cases());
        all.addAll(NeuralLayersCases.cases());
        all.addAll(InterpolationCases.cases());
        all.addAll(SpecialFunctionsCases.cases());
        all.addAll(SolversCases.cases());
        all.addAll(MatricesCases.cases());
        all.addAll(RecurrencesCases.cases());
        return all;
    }
}
