package io.importexport.emulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/architecture.md, kept true as the code grows. */
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
    static final ArchRule storeKnowsOnlyTheDomain = noClasses().that().resideInAPackage("..emulator.store..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..server..", "..admin..", "..fixture..", "..config..")
            .because("a store keeps what the domain asks it to keep; the interfaces it implements (JobStore, StateStore) are the domain's");

    @ArchTest
    static final ArchRule controlPlaneKnowsNoWiringOrStore = noClasses().that().resideInAPackage("..emulator.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..server..", "..store..", "..fixture..")
            .because("the control plane acts on the domain; which store or server runs it is the wiring's choice");

    @ArchTest
    static final ArchRule optionsKnowOnlyTheDomain = noClasses().that().resideInAPackage("..emulator.config..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..server..", "..admin..", "..store..", "..fixture..")
            .because("every surface derives its options from config, so config cannot depend on any surface");

    @ArchTest
    static final ArchRule fixtureApiExposesNoProtocol = noClasses().that().resideInAPackage("..emulator.fixture..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..store..")
            .because("the fixture is the public API of test suites; the wire and the stores stay free to change behind it");

    @ArchTest
    static final ArchRule replayKnowsNoWiringOrProtocol = noClasses().that().resideInAPackage("..emulator.replay..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol..", "..server..", "..fixture..", "..store..")
            .because("the protocol and the server record through it; the emulator a replay runs against is handed in (ReplayTarget)");

    @ArchTest
    static final ArchRule frameworkDeparturesKnowNoWiring = noClasses().that().resideInAPackage("..emulator.server.http..")
            .should().dependOnClassesThat().resideInAnyPackage("..store..", "..fixture..", "..replay..")
            .because("server.http bends Grizzly and Jersey, nothing else; docs/architecture.md lists each departure");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.importexport.emulator.(**)").should().beFreeOfCycles()
            .because("cycles make the layers impossible to read or test apart");
}
