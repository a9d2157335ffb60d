using System.Collections.Immutable;
using CounselingRecords.Results;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// The instruments a practice uses, looked up by code (ordinal, ignoring case). <see cref="Standard"/> holds the
/// PHQ-9 and GAD-7 with their default thresholds; <see cref="With"/> adds or replaces a definition.
/// </summary>
public sealed class InstrumentCatalog
{
    private readonly ImmutableDictionary<string, InstrumentDefinition> _byCode;

    /// <summary>Initializes a new instance of the <see cref="InstrumentCatalog"/> class.</summary>
    /// <param name="definitions">The definitions; codes must be unique ignoring case.</param>
    /// <exception cref="ArgumentException">Two definitions share a code.</exception>
    public InstrumentCatalog(ImmutableArray<InstrumentDefinition> definitions)
    {
        Definitions = definitions.OrEmpty();
        var builder = ImmutableDictionary.CreateBuilder<string, InstrumentDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in Definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (!builder.TryAdd(definition.Code, definition))
            {
                throw new ArgumentException(Internal.Inv($"Two definitions have the code {definition.Code}."), nameof(definitions));
            }
        }

        _byCode = builder.ToImmutable();
    }

    /// <summary>Gets the PHQ-9 and GAD-7 with default thresholds.</summary>
    public static InstrumentCatalog Standard { get; } = new([StandardInstruments.Phq9Default, StandardInstruments.Gad7Default]);

    /// <summary>Gets the definitions.</summary>
    public ImmutableArray<InstrumentDefinition> Definitions { get; }

    /// <summary>Returns a catalog with <paramref name="definition"/> added, replacing one with the same code.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The new catalog.</returns>
    public InstrumentCatalog With(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new([.. Definitions.Where(d => !d.HasCode(definition.Code)), definition]);
    }

    /// <summary>Looks up a definition.</summary>
    /// <param name="code">The instrument code.</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InstrumentDefinition? definition)
    {
        definition = null;
        return code is not null && _byCode.TryGetValue(code, out definition);
    }

    /// <summary>Looks up a definition.</summary>
    /// <param name="code">The instrument code.</param>
    /// <returns>The definition, or <see cref="TreatmentPlansErrorCodes.InstrumentUnknown"/>.</returns>
    public Result<InstrumentDefinition> Find(string? code) =>
        TryGet(code, out var definition)
            ? definition
            : new DomainError(TreatmentPlansErrorCodes.InstrumentUnknown, "No instrument with that code is defined in the catalog.", target: code);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Definitions.Select(d => d.Code));
}
