using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// A discretionary waiver of a late-cancellation or no-show fee (R4.3): its kind, the reason as given (which may
/// describe the client's health, so the type is PHI and prints ids only), who granted it and when. An excused
/// event does not count toward the first-occurrence waiver or escalations.
/// </summary>
[ProtectedHealthInformation]
public sealed record FeeException
{
    /// <summary>Initializes a new instance of the <see cref="FeeException"/> class.</summary>
    /// <param name="kind">The kind of exception.</param>
    /// <param name="reason">The reason as given.</param>
    /// <param name="grantedBy">The user who granted it.</param>
    /// <param name="grantedAt">When it was granted.</param>
    public FeeException(FeeExceptionKind kind, string reason, UserId grantedBy, Instant grantedAt)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown exception kind.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (grantedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An exception names who granted it.", nameof(grantedBy));
        }

        Kind = kind;
        Reason = reason;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
    }

    /// <summary>Gets the kind of exception.</summary>
    public FeeExceptionKind Kind { get; }

    /// <summary>Gets the reason as given.</summary>
    public string Reason { get; }

    /// <summary>Gets who granted it.</summary>
    public UserId GrantedBy { get; }

    /// <summary>Gets when it was granted.</summary>
    public Instant GrantedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"FeeException {Kind} granted by {GrantedBy}";
}
