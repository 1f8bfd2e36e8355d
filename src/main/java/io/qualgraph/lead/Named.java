package io.qualgraph.lead;

/** How the lead's texts show a person or an entity: by name with the id beside it, the id alone when nameless. */
final class Named {

    private Named() {
    }

    static String of(String name, String id) {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }
}
