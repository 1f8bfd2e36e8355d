package io.qualgraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rules (STYLE.md §1, docs/DESIGN.md §2), checked on every build: features form no cycle; the outer layers
 * ({@code api}, {@code cli}) and the tools depend on features, never the reverse; the rules are pure Java; each of the
 * lead, prediction and search packages uses only the features it is allowed (the rule holds before they exist).
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.qualgraph");

    private static final String[] FEATURES = {"entity", "risk", "scoring", "qualification", "ingest", "accounts",
        "scoringmodels", "rescore", "lead", "prediction", "search"};

    @Test
    void no_cycles_between_top_level_packages() {
        slices().matching("io.qualgraph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void support_depends_on_no_feature() {
        noClasses().that().resideInAPackage("io.qualgraph.support..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        packages(Stream.concat(Arrays.stream(FEATURES), Stream.of("api", "cli", "tools"))))
                .check(CLASSES);
    }

    @Test
    void features_never_depend_on_the_rest_layer_the_command_line_or_the_tools() {
        noClasses().that().resideInAnyPackage(packages(Arrays.stream(FEATURES)))
                .should().dependOnClassesThat().resideInAnyPackage("io.qualgraph.api..", "io.qualgraph.cli..",
                        "io.qualgraph.tools..")
                .check(CLASSES);
    }

    @Test
    void only_the_rest_layer_and_the_application_use_the_rest_layer() {
        noClasses().that().resideOutsideOfPackages("io.qualgraph.api..", "io.qualgraph")
                .should().dependOnClassesThat().resideInAPackage("io.qualgraph.api..")
                .check(CLASSES);
    }

    @Test
    void the_command_line_is_used_by_the_application_and_the_tools_only() {
        noClasses().that().resideOutsideOfPackages("io.qualgraph.cli..", "io.qualgraph.tools..", "io.qualgraph")
                .should().dependOnClassesThat().resideInAPackage("io.qualgraph.cli..")
                .check(CLASSES);
    }

    @Test
    void scoring_and_qualification_rules_are_pure_java() {
        noClasses().that().resideInAnyPackage("io.qualgraph.scoring..", "io.qualgraph.qualification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }

    @Test
    void leads_use_scoring_qualification_accounts_entities_risk_ingest_and_support_only() {
        usesOnly("lead", "scoring", "qualification", "accounts", "scoringmodels", "entity", "risk", "ingest",
                "support");
    }

    @Test
    void prediction_uses_accounts_scoring_risk_levels_leads_and_support_only() {
        usesOnly("prediction", "accounts", "scoring", "qualification", "scoringmodels", "rescore", "lead", "risk",
                "support");
    }

    @Test
    void search_uses_entities_accounts_leads_risk_levels_and_support_only() {
        usesOnly("search", "entity", "accounts", "lead", "scoring", "risk", "support");
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

    private static void usesOnly(String feature, String... allowed) {
        String[] own = packages(Stream.concat(Stream.of(feature), Arrays.stream(allowed)));
        noClasses().that().resideInAPackage("io.qualgraph." + feature + "..")
                .should().dependOnClassesThat(resideInAPackage("io.qualgraph..").and(not(resideInAnyPackage(own))))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static String[] packages(Stream<String> names) {
        return names.map(name -> "io.qualgraph." + name + "..").toArray(String[]::new);
    }

    private static final String PURE_LEAD_RULES = "io\\.qualgraph\\.lead\\.(Resolver|NameMatch|CompanyNames|Domains"
            + "|LeadScorer|LeadParts|LeadDecider|LeadTiming|WorkingHours|MissingFacts|TitleReading|LeadStages|Funnel"
            + "|LeadLedger)(\\$.*)?";

    private static final String PURE_RULES = "io\\.qualgraph\\.("
            + "entity\\.(ControlArithmetic|EffectiveOwnership|BeneficialOwnerWalk|OwnershipArithmetic|Cycles|OwnershipChecks|Holding)"
            + "|tools\\.oracle\\.(ReferenceOwnership|ReferenceDay)"
            + "|risk\\.(SanctionsFixpoint|SanctionsEvidence|RiskRules|MinorRules|OwnershipWalk|RiskGraph|Assessment|Evidence))"
            + "(\\$.*)?";
}
