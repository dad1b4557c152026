package io.importexport.emulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of STYLE.md, kept true as the code grows. */
@AnalyzeClasses(packages = "io.importexport.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.glassfish..", "com.fasterxml..")
            .because("jobs, manifests and their rules must not know HTTP, XML or JSON; they are tested without a server");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..server..", "..admin..")
            .because("the domain is the core that the protocol, the control plane and the server wiring call into");

    @ArchTest
    static final ArchRule protocolKnowsNoWiring = noClasses().that().resideInAPackage("..protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("..server..", "..admin..")
            .because("the Query protocol must be usable by any server wiring and stay apart from the control plane");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.importexport.emulator.(**)").should().beFreeOfCycles()
            .because("cycles make the layers impossible to read or test apart");
}
