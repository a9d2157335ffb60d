namespace CounselingRecords.Identity;

/// <summary>
/// Creates the values behind new ids. Every new id in the library comes from an injected generator, never
/// from <c>Guid.NewGuid()</c>, the system clock or a shared random: a host chooses
/// <see cref="RandomIdGenerator"/> (unpredictable, the production default), <see cref="TimeOrderedIdGenerator"/>
/// (UUID version 7 from an injected <c>IClock</c>, for index locality) or <see cref="SeededIdGenerator"/>
/// (reproducible, for tests and simulations).
/// </summary>
public interface IIdGenerator
{
    /// <summary>Returns a new value that is never <see cref="Guid.Empty"/>.</summary>
    /// <returns>The value.</returns>
    Guid NewGuid();
}
