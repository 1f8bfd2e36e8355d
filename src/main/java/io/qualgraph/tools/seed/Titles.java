package io.qualgraph.tools.seed;

import java.util.List;
import java.util.Map;

import io.qualgraph.scoring.Seniority;

/** Job titles by seniority and department, as they appear in CRMs. */
final class Titles {

    static final List<String> DEPARTMENTS = List.of("IT", "Engineering", "Finance", "Procurement", "Marketing",
            "Sales", "Operations", "HR", "Legal & Compliance", "Data & Analytics");
    static final double[] DEPARTMENT_WEIGHTS = {22, 12, 10, 7, 12, 12, 10, 5, 5, 5};

    private static final Map<String, String> CHIEFS = Map.of("IT", "Chief Information Officer", "Engineering",
            "Chief Technology Officer", "Finance", "Chief Financial Officer", "Procurement", "Chief Procurement Officer",
            "Marketing", "Chief Marketing Officer", "Sales", "Chief Revenue Officer", "Operations",
            "Chief Operating Officer", "HR", "Chief People Officer", "Legal & Compliance", "General Counsel",
            "Data & Analytics", "Chief Data Officer");
    private static final Map<String, List<String>> STAFF = Map.of("IT",
            List.of("Systems Administrator", "IT Specialist", "Cloud Engineer", "IT Architect"), "Engineering",
            List.of("Software Engineer", "Senior Software Engineer", "DevOps Engineer", "QA Engineer"), "Finance",
            List.of("Financial Analyst", "Accountant", "Controller"), "Procurement",
            List.of("Buyer", "Strategic Buyer", "Category Specialist"), "Marketing",
            List.of("Marketing Specialist", "Campaign Specialist", "Marketing Operations Analyst"), "Sales",
            List.of("Account Executive", "Sales Representative", "Sales Operations Analyst"), "Operations",
            List.of("Operations Analyst", "Supply Chain Planner", "Process Engineer"), "HR",
            List.of("HR Business Partner", "Recruiter"), "Legal & Compliance",
            List.of("Compliance Officer", "Legal Counsel", "KYC Analyst"), "Data & Analytics",
            List.of("Data Analyst", "Data Engineer", "Data Scientist"));

    private Titles() {
    }

    static String title(Rand rand, Seniority seniority, String department, String country) {
        return switch (seniority) {
            case C_LEVEL -> rand.chance(0.12) ? "Chief Executive Officer" : CHIEFS.get(department);
            case VP -> (rand.chance(0.5) ? "VP " : "Vice President ") + department;
            case DIRECTOR -> rand.chance(0.5) ? "Director " + department : "Head of " + department;
            case MANAGER -> rand.chance(0.7) ? department + " Manager" : "Team Lead " + department;
            case INDIVIDUAL -> rand.pick(STAFF.get(department));
            case INTERN -> department + " Intern";
            case STUDENT -> country.equals("DE") || country.equals("AT") ? "Werkstudent " + department
                    : rand.chance(0.5) ? "Working Student " + department : "Master's Thesis Student";
        };
    }
}
