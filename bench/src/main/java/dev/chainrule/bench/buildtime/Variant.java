package dev.chainrule.bench.buildtime;

/**
 * The three compilations the benchmark times. The processor's share of a build is what {@link #WITH} costs beyond
 * {@link #WITHOUT} and beyond compiling the code it generated ({@link #GENERATED}), which javac would compile just as
 * well had a person written it.
 */
public enum Variant {

    /** javac on the corpus with {@code -proc:none}. */
    WITHOUT("javac -proc:none"),

    /** javac on the corpus with chainrule's processor, which also compiles what it generates. */
    WITH("javac with the processor"),

    /** javac with {@code -proc:none} on the generated sources alone, the corpus's classes on the class path. */
    GENERATED("javac on the generated sources");

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    /**
     * Names the compilation for the table.
     *
     * @return for example {@code javac -proc:none}
     */
    public String label() {
        return label;
    }
}
