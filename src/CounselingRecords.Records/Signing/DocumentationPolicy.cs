using NodaTime;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// When session documentation is due and how late it can still be signed. A note is due
/// <see cref="DueWithin"/> after the session ends; one signed later is marked a late entry with both the service
/// date and the written date (R7.7). Once <see cref="SignatureWindow"/> after the date of service has passed, a
/// signature is no longer added to the unsigned note: the author attests instead (R7.6).
/// </summary>
public sealed class DocumentationPolicy
{
    private static readonly LocalDate Reference = new(2000, 1, 1);

    /// <summary>Initializes a new instance of the <see cref="DocumentationPolicy"/> class.</summary>
    /// <param name="dueWithin">How long after the session ends the note is due; positive.</param>
    /// <param name="signatureWindow">How long after the date of service the note can still be signed (days, weeks, months or years only); <see langword="null"/> for no limit.</param>
    public DocumentationPolicy(Duration dueWithin, Period? signatureWindow)
    {
        if (dueWithin <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dueWithin), "Documentation is due a positive time after the session.");
        }

        if (signatureWindow is { } window && (window.HasTimeComponent || Reference.Plus(window) <= Reference))
        {
            throw new ArgumentOutOfRangeException(nameof(signatureWindow), "The signature window is a positive date period.");
        }

        DueWithin = dueWithin;
        SignatureWindow = signatureWindow;
    }

    /// <summary>
    /// Gets the default: notes due 72 hours after the session (common practice, configurable), signable for 45
    /// days after the date of service (the Alabama Medicaid late-entry window quoted in R7.7), attestation after that.
    /// </summary>
    public static DocumentationPolicy Default { get; } = new(Duration.FromHours(72), Period.FromDays(45));

    /// <summary>Gets how long after the session ends the note is due.</summary>
    public Duration DueWithin { get; }

    /// <summary>Gets how long after the date of service a signature can be added; <see langword="null"/> for no limit.</summary>
    public Period? SignatureWindow { get; }

    /// <summary>Returns when documentation of a session that ended at <paramref name="sessionEnd"/> is due.</summary>
    /// <param name="sessionEnd">The end of the session.</param>
    /// <returns>The due instant.</returns>
    public Instant DueAt(Instant sessionEnd) => sessionEnd + DueWithin;

    /// <summary>Returns the last date a note for <paramref name="dateOfService"/> can be signed, or <see langword="null"/> when there is no limit.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The last signing date (inclusive).</returns>
    public LocalDate? LastSigningDate(LocalDate dateOfService) => SignatureWindow is { } window ? dateOfService.Plus(window) : null;

    /// <inheritdoc />
    public override string ToString() => $"Due within {DueWithin}, signable for {SignatureWindow?.ToString() ?? "ever"}";
}
