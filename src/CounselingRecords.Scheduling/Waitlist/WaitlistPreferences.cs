using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>
/// What a waiting client will accept (S7.1). An empty list means "any": any clinician, any weekday, any time,
/// any modality. Days and time windows are read in the client's zone.
/// </summary>
public sealed class WaitlistPreferences : IEquatable<WaitlistPreferences>
{
    /// <summary>Initializes a new instance of the <see cref="WaitlistPreferences"/> class.</summary>
    /// <param name="appointmentType">The appointment type wanted, or <see langword="null"/> for any.</param>
    /// <param name="clinicians">Acceptable clinicians (empty for any).</param>
    /// <param name="days">Acceptable weekdays (empty for any).</param>
    /// <param name="timeWindows">Acceptable times of day (empty for any).</param>
    /// <param name="modalities">Acceptable modalities (empty for any).</param>
    public WaitlistPreferences(
        AppointmentTypeId? appointmentType,
        ImmutableArray<ClinicianId> clinicians,
        ImmutableArray<IsoDayOfWeek> days,
        ImmutableArray<TimeWindow> timeWindows,
        ImmutableArray<Modality> modalities)
    {
        AppointmentType = appointmentType;
        Clinicians = clinicians.IsDefault ? [] : clinicians.Distinct().ToImmutableArray();
        Days = days.IsDefault ? [] : days.Distinct().Order().ToImmutableArray();
        TimeWindows = timeWindows.IsDefault ? [] : timeWindows;
        Modalities = modalities.IsDefault ? [] : modalities.Distinct().ToImmutableArray();
        if (Days.Any(d => d == IsoDayOfWeek.None || !Enum.IsDefined(d)) || Modalities.Any(m => !Enum.IsDefined(m)))
        {
            throw new ArgumentException("Preferences name real weekdays and modalities.", nameof(days));
        }
    }

    /// <summary>Gets preferences that accept anything.</summary>
    public static WaitlistPreferences Any { get; } = new(null, [], [], [], []);

    /// <summary>Gets the appointment type wanted, if any.</summary>
    public AppointmentTypeId? AppointmentType { get; }

    /// <summary>Gets the acceptable clinicians (empty for any).</summary>
    public ImmutableArray<ClinicianId> Clinicians { get; }

    /// <summary>Gets the acceptable weekdays (empty for any).</summary>
    public ImmutableArray<IsoDayOfWeek> Days { get; }

    /// <summary>Gets the acceptable times of day (empty for any).</summary>
    public ImmutableArray<TimeWindow> TimeWindows { get; }

    /// <summary>Gets the acceptable modalities (empty for any).</summary>
    public ImmutableArray<Modality> Modalities { get; }

    /// <summary>Compares two preference sets.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WaitlistPreferences? left, WaitlistPreferences? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two preference sets.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WaitlistPreferences? left, WaitlistPreferences? right) => !(left == right);

    /// <summary>Explains why a freed slot does not suit these preferences, or returns <see langword="null"/> when it does (S7.1).</summary>
    /// <param name="slot">The freed slot.</param>
    /// <param name="clientZone">The client's zone.</param>
    /// <returns>The first unmet preference as a sentence, or <see langword="null"/>.</returns>
    public string? Mismatch(FreedSlot slot, DateTimeZone clientZone)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(clientZone);
        if (AppointmentType is { } type && type != slot.AppointmentTypeId)
        {
            return $"wants appointment type {type}, the slot is {slot.AppointmentTypeId}";
        }

        if (!Clinicians.IsEmpty && !Clinicians.Contains(slot.ClinicianId))
        {
            return $"does not list clinician {slot.ClinicianId}";
        }

        if (!Modalities.IsEmpty && !Modalities.Contains(slot.Modality))
        {
            return $"does not accept {slot.Modality}";
        }

        var start = slot.Start.InZone(clientZone).LocalDateTime;
        var end = slot.End.InZone(clientZone).LocalDateTime;
        if (!Days.IsEmpty && !Days.Contains(start.DayOfWeek))
        {
            return $"does not accept {start.DayOfWeek} (client's zone {clientZone.Id})";
        }

        if (!TimeWindows.IsEmpty && !TimeWindows.Any(w => w.Contains(start, end)))
        {
            return $"does not accept {start:HH:mm}–{end:HH:mm} (client's zone {clientZone.Id})";
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(WaitlistPreferences? other) =>
        other is not null && AppointmentType == other.AppointmentType && Clinicians.SequenceEqual(other.Clinicians) && Days.SequenceEqual(other.Days)
        && TimeWindows.SequenceEqual(other.TimeWindows) && Modalities.SequenceEqual(other.Modalities);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WaitlistPreferences);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AppointmentType, Clinicians.Length, Days.Length, TimeWindows.Length, Modalities.Length);
}
