using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.AppointmentTypes;

/// <summary>
/// A kind of appointment the practice offers: its length, the clinician's buffers before and after it, how it
/// is delivered, whether new clients may book it and how many clients it holds (1 for an individual session,
/// more for a couple, family or group; R1.13 leaves a group's maximum configurable). An appointment copies these
/// values when it is booked, so editing a type never moves or resizes existing appointments.
/// </summary>
public sealed class AppointmentType : IAggregateRoot<AppointmentType>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentType"/> class.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name shown to staff and clients (no clinical content).</param>
    /// <param name="duration">The length of the session; positive.</param>
    /// <param name="bufferBefore">Time the clinician keeps free before the session; zero or more.</param>
    /// <param name="bufferAfter">Time the clinician keeps free after the session; zero or more.</param>
    /// <param name="modality">How the session is delivered.</param>
    /// <param name="allowedForNewClients">Whether a new client may book it.</param>
    /// <param name="capacity">How many clients one appointment of this type holds; at least 1.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public AppointmentType(
        AppointmentTypeId id,
        string name,
        Duration duration,
        Duration bufferBefore,
        Duration bufferAfter,
        Modality modality,
        bool allowedForNewClients,
        int capacity,
        long version)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("An appointment type needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (duration <= Duration.Zero || duration > Duration.FromHours(24))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "The duration must be positive and at most 24 hours.");
        }

        if (bufferBefore < Duration.Zero || bufferAfter < Duration.Zero || bufferBefore > Duration.FromHours(24) || bufferAfter > Duration.FromHours(24))
        {
            throw new ArgumentOutOfRangeException(nameof(bufferBefore), "Buffers must be between zero and 24 hours.");
        }

        if (!Enum.IsDefined(modality))
        {
            throw new ArgumentOutOfRangeException(nameof(modality));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        Name = name;
        Duration = duration;
        BufferBefore = bufferBefore;
        BufferAfter = bufferAfter;
        Modality = modality;
        AllowedForNewClients = allowedForNewClients;
        Capacity = capacity;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public AppointmentTypeId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the session length.</summary>
    public Duration Duration { get; }

    /// <summary>Gets the buffer the clinician keeps before the session.</summary>
    public Duration BufferBefore { get; }

    /// <summary>Gets the buffer the clinician keeps after the session.</summary>
    public Duration BufferAfter { get; }

    /// <summary>Gets how the session is delivered.</summary>
    public Modality Modality { get; }

    /// <summary>Gets a value indicating whether a new client may book it (S3.8).</summary>
    public bool AllowedForNewClients { get; }

    /// <summary>Gets how many clients one appointment holds (S3.9).</summary>
    public int Capacity { get; }

    /// <summary>Gets a value indicating whether this is a group type (capacity above one, more clients may join).</summary>
    public bool IsGroup => Capacity > 1;

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Creates an individual session type (capacity 1).</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="duration">The length.</param>
    /// <param name="modality">How it is delivered.</param>
    /// <param name="bufferBefore">Buffer before (default none).</param>
    /// <param name="bufferAfter">Buffer after (default none).</param>
    /// <param name="allowedForNewClients">Whether new clients may book it (default yes).</param>
    /// <returns>The type.</returns>
    public static AppointmentType Individual(AppointmentTypeId id, string name, Duration duration, Modality modality, Duration? bufferBefore = null, Duration? bufferAfter = null, bool allowedForNewClients = true) =>
        new(id, name, duration, bufferBefore ?? Duration.Zero, bufferAfter ?? Duration.Zero, modality, allowedForNewClients, 1, 0);

    /// <summary>Returns the type with other buffers. Existing appointments keep the buffers they were booked with.</summary>
    /// <param name="before">Buffer before.</param>
    /// <param name="after">Buffer after.</param>
    /// <returns>The revised type.</returns>
    public AppointmentType WithBuffers(Duration before, Duration after) =>
        new(Id, Name, Duration, before, after, Modality, AllowedForNewClients, Capacity, Version);

    /// <summary>Returns the type with another length. Existing appointments keep the length they were booked with.</summary>
    /// <param name="duration">The new length.</param>
    /// <returns>The revised type.</returns>
    public AppointmentType WithDuration(Duration duration) =>
        new(Id, Name, duration, BufferBefore, BufferAfter, Modality, AllowedForNewClients, Capacity, Version);

    /// <summary>Returns the type with another capacity.</summary>
    /// <param name="capacity">The new capacity; at least 1.</param>
    /// <returns>The revised type.</returns>
    public AppointmentType WithCapacity(int capacity) =>
        new(Id, Name, Duration, BufferBefore, BufferAfter, Modality, AllowedForNewClients, capacity, Version);

    /// <summary>Returns the type with new-client eligibility changed.</summary>
    /// <param name="allowed">Whether new clients may book it.</param>
    /// <returns>The revised type.</returns>
    public AppointmentType WithAllowedForNewClients(bool allowed) =>
        new(Id, Name, Duration, BufferBefore, BufferAfter, Modality, allowed, Capacity, Version);

    /// <inheritdoc />
    public AppointmentType WithVersion(long version) =>
        new(Id, Name, Duration, BufferBefore, BufferAfter, Modality, AllowedForNewClients, Capacity, version);

    /// <inheritdoc />
    public override string ToString() => $"AppointmentType {Id} ({Duration.TotalMinutes:0} min, {Modality})";
}
