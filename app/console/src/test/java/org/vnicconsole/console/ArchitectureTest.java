package org.vnicconsole.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md over the main classes of every module: nothing but the
 * launcher imports the control plane; the model imports no framework; the client and the agent
 * know nothing of JavaFX or the control plane; view models never touch a Node.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vnicconsole");
    }

    @Test
    void onlyTheLauncherDependsOnTheControlPlane() {
        noClasses().that().resideOutsideOfPackages("org.vnicconsole.control..",
                        "org.vnicconsole.console.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.vnicconsole.control..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.vnicconsole.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..",
                        "com.fasterxml.jackson..", "io.javalin..", "org.jdbi..")
                .check(classes);
    }

    @Test
    void theClientAndTheAgentKnowNothingOfJavafxOrTheControlPlane() {
        noClasses().that().resideInAnyPackage("org.vnicconsole.client..",
                        "org.vnicconsole.agent..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..",
                        "org.vnicconsole.control..", "org.vnicconsole.console..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchANode() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..",
                        "javafx.stage..", "javafx.application..")
                .check(classes);
    }
}
