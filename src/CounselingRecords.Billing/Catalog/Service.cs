using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// A service the practice offers: its billing code, a plain-language name (not the AMA descriptor, which needs a
/// licence), default duration and default rate. Rates per clinician, payer and client are in a
/// <see cref="FeeSchedule"/>.
/// </summary>
public sealed class Service : IEquatable<Service>
{
    /// <summary>Initializes a new instance of the <see cref="Service"/> class.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="code">The CPT/HCPCS code, or a practice code for fees (for example <c>NOSHOW</c>).</param>
    /// <param name="name">A plain-language name.</param>
    /// <param name="category">What the service is.</param>
    /// <param name="defaultDuration">The usual length of the service (zero for fees).</param>
    /// <param name="defaultRate">The standard rate per session, per unit for timed codes.</param>
    public Service(ServiceId id, string code, string name, ServiceCategory category, Duration defaultDuration, Money defaultRate)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A service needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown service category.");
        }

        if (defaultDuration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultDuration), "A duration cannot be negative.");
        }

        if (defaultRate.IsNegative || !defaultRate.IsRoundedToMinorUnit)
        {
            throw new ArgumentException("A rate is a non-negative amount rounded to the minor unit.", nameof(defaultRate));
        }

        Id = id;
        Code = code.Trim().ToUpperInvariant();
        Name = name;
        Category = category;
        DefaultDuration = defaultDuration;
        DefaultRate = defaultRate;
    }

    /// <summary>Gets the service id.</summary>
    public ServiceId Id { get; }

    /// <summary>Gets the billing code.</summary>
    public string Code { get; }

    /// <summary>Gets the plain-language name.</summary>
    public string Name { get; }

    /// <summary>Gets what the service is.</summary>
    public ServiceCategory Category { get; }

    /// <summary>Gets the usual length.</summary>
    public Duration DefaultDuration { get; }

    /// <summary>Gets the standard rate.</summary>
    public Money DefaultRate { get; }

    /// <summary>Gets a value indicating whether the service may appear on a claim; fees never do (R4.4).</summary>
    public bool IsClaimable => Category is ServiceCategory.ClinicalSession or ServiceCategory.AddOn or ServiceCategory.TimedUnits;

    /// <inheritdoc />
    public bool Equals(Service? other) =>
        other is not null && Id == other.Id && Code == other.Code && Name == other.Name && Category == other.Category
        && DefaultDuration == other.DefaultDuration && DefaultRate == other.DefaultRate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Service);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Code, DefaultRate);

    /// <summary>Formats as <c>90834 Psychotherapy, 45 minutes</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";

    /// <summary>Compares two services.</summary>
    /// <param name="left">The first service.</param>
    /// <param name="right">The second service.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Service? left, Service? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two services.</summary>
    /// <param name="left">The first service.</param>
    /// <param name="right">The second service.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Service? left, Service? right) => !(left == right);
}
