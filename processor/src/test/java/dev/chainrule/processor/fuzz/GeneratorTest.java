package dev.chainrule.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.chainrule.processor.fuzz.Ast.Program;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generator: the same seed gives the same program, every construct of its grammar shows up, all of it Java. */
class GeneratorTest {
    private static final int BATCH = 400;

    @Test
    void aSeedDeterminesTheProgram() {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(Printer.both(Generator.program(seed), "P"), Printer.both(Generator.program(seed), "P"));
            assertNotEquals(Printer.both(Generator.program(seed), "P"), Printer.both(Generator.program(seed + 1), "P"));
        }
    }

    @Test
    void everyFeatureOfTheGrammarAppearsInABatch() {
        Set<Feature> seen = EnumSet.noneOf(Feature.class);
        for (int i = 0; i < BATCH; i++) {
            seen.addAll(Features.of(Generator.program(Campaign.programSeed(1, i))));
        }
        Set<Feature> missing = EnumSet.allOf(Feature.class);
        missing.removeAll(seen);
        assertTrue(missing.isEmpty(), "never generated: " + missing);
    }

    @Test
    void everyProgramPassesTheShrinkersValidityCheck() {
        for (int i = 0; i < BATCH; i++) {
            Program p = Generator.program(Campaign.programSeed(2, i));
            assertTrue(Validity.check(p), () -> Printer.both(p, "P"));
        }
    }

    /** Plain javac, without the processor: the programs are Java, whatever the processor makes of them. */
    @Test
    void programsCompileAsJava() {
        List<JavaFileObject> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Program p = Generator.program(Campaign.programSeed(3, i));
            String name = "P" + i;
            files.add(JavaFileObjects.forSourceString(Printer.PACKAGE + "." + name, Printer.main(p, name)));
            String library = Printer.library(p, name);
            if (library != null) {
                files.add(JavaFileObjects.forSourceString(Printer.PACKAGE + "." + Printer.libraryName(name),
                        library));
            }
        }
        Compilation compilation = javac().withOptions("-proc:none").compile(files);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.errors().toString());
    }
}
