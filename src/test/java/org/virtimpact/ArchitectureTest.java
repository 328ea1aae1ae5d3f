package org.virtimpact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of shared/ARCHITECTURE.md pointing one way. */
@AnalyzeClasses(packages = "org.virtimpact",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestClassesFolder.class})
class ArchitectureTest {

    /** DoNotIncludeTests only knows target/test-classes; parallel builds use other output folders. */
    static final class NoTestClassesFolder implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule coreIsPureJava = noClasses().that().resideInAPackage("org.virtimpact.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.jfree..", "com.jcraft..", "org.apache.sshd..", "org.apache.poi..", "org.apache.pdfbox..",
                    "picocli..")
            .because("the core must run headless, in the CLI and in tests, without any UI or SSH library");

    @ArchTest
    static final ArchRule coreKnowsNothingAboveIt = noClasses().that().resideInAPackage("org.virtimpact.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.virtimpact.ui..", "org.virtimpact.cli..",
                    "org.virtimpact.ssh..", "org.virtimpact.chart..", "org.virtimpact.export..")
            .because("adapters depend on the core, never the other way round");

    @ArchTest
    static final ArchRule onlySshTouchesTheSshLibrary = noClasses().that()
            .resideOutsideOfPackage("org.virtimpact.ssh..")
            .should().dependOnClassesThat().resideInAnyPackage("com.jcraft..")
            .because("every remote call goes through core.remote.Shell");

    @ArchTest
    static final ArchRule chartsAreJava2dOnly = noClasses().that().resideInAnyPackage("org.virtimpact.chart..",
                    "org.virtimpact.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.virtimpact.ui..",
                    "org.virtimpact.cli..")
            .because("the CLI exports the same figures headless")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adaptersStayApart = noClasses().that().resideInAnyPackage("org.virtimpact.ssh..")
            .should().dependOnClassesThat().resideInAnyPackage("org.virtimpact.ui..", "org.virtimpact.cli..",
                    "org.virtimpact.chart..", "org.virtimpact.export..")
            .because("the SSH adapter only implements the core's Shell port");

    @ArchTest
    static final ArchRule uiAndCliAreSiblings = noClasses().that().resideInAPackage("org.virtimpact.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.virtimpact.cli..")
            .because("the workbench and the command line are two faces of the same core");

    @ArchTest
    static final ArchRule cliHasNoUi = noClasses().that().resideInAPackage("org.virtimpact.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.virtimpact.ui..", "javafx..")
            .because("the CLI runs on machines without a display");

    @ArchTest
    static final ArchRule uiReachesSshOnlyThroughApp = noClasses().that().resideInAPackage("org.virtimpact.ui..")
            .and().doNotHaveFullyQualifiedName("org.virtimpact.ui.App")
            .and().doNotHaveFullyQualifiedName("org.virtimpact.ui.WorkbenchWindow")
            .should().dependOnClassesThat().resideInAPackage("org.virtimpact.ssh..")
            .because("App and the window it builds wire the SSH shell; views only see core.remote.Shell")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("org.virtimpact.cli..")
            .should().accessField(System.class, "out")
            .because("output for people goes through the CLI or the UI, never stray prints");

    @ArchTest
    static final ArchRule noRawThreads = noClasses().should().callConstructorWhere(
                    com.tngtech.archunit.base.DescribedPredicate.describe("a Thread constructor",
                            c -> c.getTarget().getOwner().isAssignableTo(Thread.class)))
            .because("work runs on the executor App owns, so it is shut down with the app");

    @ArchTest
    static final ArchRule noStackTracesForUsers = noClasses().should()
            .callMethod(Throwable.class, "printStackTrace")
            .because("errors reach people as messages that say what to do");

}
