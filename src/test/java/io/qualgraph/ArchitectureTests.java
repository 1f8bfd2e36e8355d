package io.qualgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies between features (STYLE.md §1), checked on every build. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.qualgraph");

    @Test
    void support_depends_on_no_feature() {
        noClasses().that().resideInAPackage("io.qualgraph.support..")
                .should().dependOnClassesThat().resideInAnyPackage("io.qualgraph.entity..", "io.qualgraph.contact..",
                        "io.qualgraph.engagement..", "io.qualgraph.risk..", "io.qualgraph.scoring..",
                        "io.qualgraph.qualification..", "io.qualgraph.model..", "io.qualgraph.ingest..",
                        "io.qualgraph.api..", "io.qualgraph.web..", "io.qualgraph.accounts..", "io.qualgraph.seed..",
                        "io.qualgraph.cli..")
                .check(CLASSES);
    }

    @Test
    void only_the_rest_layer_and_the_application_use_the_rest_layer() {
        noClasses().that().resideOutsideOfPackages("io.qualgraph.api..", "io.qualgraph")
                .should().dependOnClassesThat().resideInAPackage("io.qualgraph.api..")
                .check(CLASSES);
    }

    @Test
    void scoring_and_qualification_rules_are_pure_java() {
        noClasses().that().resideInAnyPackage("io.qualgraph.scoring..", "io.qualgraph.qualification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }

    /** The arithmetic a compliance officer relies on is plain Java: testable without Spring or a database. */
    @Test
    void ownership_and_risk_rules_are_pure_java() {
        noClasses().that().haveNameMatching(PURE_RULES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }

    /** The lead rules (resolution choice, score, decision, timing) are plain Java too. */
    @Test
    void lead_rules_are_pure_java() {
        noClasses().that().haveNameMatching(PURE_LEAD_RULES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }

    private static final String PURE_LEAD_RULES = "io\\.qualgraph\\.lead\\.(Resolver|NameMatch|CompanyNames|Domains"
            + "|LeadScorer|LeadParts|LeadDecider|LeadTiming|WorkingHours|MissingFacts|TitleReading|LeadStages|Funnel"
            + "|LeadLedger)(\\$.*)?";

    private static final String PURE_RULES = "io\\.qualgraph\\.("
            + "entity\\.(ControlArithmetic|EffectiveOwnership|OwnershipArithmetic|Cycles|OwnershipChecks|Holding|ReferenceOwnership)"
            + "|risk\\.(SanctionsFixpoint|SanctionsEvidence|RiskRules|MinorRules|OwnershipWalk|RiskGraph|Assessment|Evidence))"
            + "(\\$.*)?";
}
