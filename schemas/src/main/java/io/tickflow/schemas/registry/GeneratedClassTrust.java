package io.tickflow.schemas.registry;

import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro instantiate generated classes while reading. Since Avro 1.11.4 (CVE-2024-47561) Avro loads
 * a class named by a schema only when {@link ClassSecurityValidator}'s global predicate trusts it, and
 * by default it trusts only a few {@code java.*} types, so reading into a generated class such as
 * {@code io.tickflow.schemas.market.Trade} fails with "Forbidden ... not trusted".
 *
 * <p>The predicate added here trusts exactly the types Avro's compiler generates (records, enums,
 * fixed), whatever their package: instantiating those runs no code beyond Avro's own, which is what
 * the check protects. Other predicates already installed (system properties, the application's own)
 * keep applying.
 *
 * <p>See also: Avro's {@code org.apache.avro.SERIALIZABLE_PACKAGES} system property, the alternative
 * when a JVM flag is preferred.
 */
public final class GeneratedClassTrust {

    private static final ClassSecurityPredicate GENERATED = type -> SpecificRecord.class.isAssignableFrom(type)
            || SpecificFixed.class.isAssignableFrom(type)
            || (type.isEnum() && GenericEnumSymbol.class.isAssignableFrom(type));

    private static boolean installed;

    private GeneratedClassTrust() {
    }

    /**
     * Adds the predicate to Avro's global one, once per JVM. tickflow's specific serdes call it; call it
     * yourself before other Avro code (another serde, a Parquet reader) handles generated classes first.
     */
    public static synchronized void install() {
        if (!installed) {
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), GENERATED));
            installed = true;
        }
    }
}
