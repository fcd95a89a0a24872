# Prints ActiveRecord's own verdict on every association kind x option key
# and every kind x `dependent` value of the assoc vocabulary, in the format
# of assoc-semantics-table (test/semantics/SemanticsTable.cpp), so that a
# diff shows where assoc-tidy's tables and ActiveRecord disagree.
#
#   accepted  the declaration passes
#   rejected  ArgumentError at declaration
#   ignored   (has_and_belongs_to_many) accepted, and dropped
require "active_record"

# A Rails app with ActiveJob sets this; without it destroy_async raises
# ActiveJobRequiredError, which is about configuration, not the value.
ActiveRecord::Base.destroy_association_async_job = Class.new

class Owner < ActiveRecord::Base; end
class Other < ActiveRecord::Base; end

# A value of the kind the option takes; `through:` names a real association.
VALUES = {
  dependent: :destroy, inverse_of: :owner, foreign_key: "other_key",
  association_foreign_key: "assoc_key", primary_key: "guid",
  join_table: "joins", through: :links, source: :other, source_type: "Other",
  as: :ownable, optional: true, required: true, counter_cache: true,
  touch: true, autosave: true, validate: true
}.freeze

VARIANTS = {
  "belongs_to" => [:belongs_to, {}],
  "has_one" => [:has_one, {}],
  "has_one_through" => [:has_one, { through: :links }],
  "has_many" => [:has_many, {}],
  "has_many_through" => [:has_many, { through: :links }],
  "has_and_belongs_to_many" => [:has_and_belongs_to_many, {}]
}.freeze

Owner.has_many :links, class_name: "Other"
$count = 0

def verdict(kind, options)
  name = :"assoc#{$count += 1}"
  Owner.send(kind, name, class_name: "Other", **options)
  return "accepted" unless kind == :has_and_belongs_to_many
  # habtm validates nothing; it forwards some keys to the has_many it
  # builds and reads the two keys itself. The rest is dropped.
  forwarded = Owner._reflections[name.to_s].options
  options.all? do |key, value|
    %i[foreign_key association_foreign_key].include?(key) ||
      forwarded[key] == value
  end ? "accepted" : "ignored"
rescue ArgumentError
  "rejected"
end

VARIANTS.each do |label, (kind, base)|
  VALUES.each do |key, value|
    next if base.key?(key)
    puts "option #{label} #{key} #{verdict(kind, base.merge(key => value))}"
  end
end

%w[destroy delete delete_all nullify restrict_with_error
   restrict_with_exception destroy_async restrict].each do |value|
  VARIANTS.each do |label, (kind, base)|
    outcome = verdict(kind, base.merge(dependent: value.to_sym))
    puts "dependent #{label} #{value} #{outcome}"
  end
end

VARIANTS.each do |label, (kind, base)|
  next if base.key?(:through)
  puts "polymorphic #{label} #{verdict(kind, polymorphic: true)}"
end

ActiveRecord::AttributeMethods.dangerous_attribute_methods.map(&:to_s).uniq
                              .sort.each { |name| puts "method #{name}" }
