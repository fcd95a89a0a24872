// A large set of Boost headers (Debian's libboost-dev), then one model:
// Boost's class templates, CRTP bases and tag types give no finding, and
// the model is still checked.
#include <boost/algorithm/string.hpp>
#include <boost/any.hpp>
#include <boost/asio.hpp>
#include <boost/bimap.hpp>
#include <boost/circular_buffer.hpp>
#include <boost/container/flat_map.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/filesystem.hpp>
#include <boost/format.hpp>
#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/hana.hpp>
#include <boost/intrusive/list.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/lexical_cast.hpp>
#include <boost/mp11.hpp>
#include <boost/mpl/vector.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index_container.hpp>
#include <boost/operators.hpp>
#include <boost/optional.hpp>
#include <boost/program_options.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/range/adaptors.hpp>
#include <boost/regex.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/signals2.hpp>
#include <boost/smart_ptr.hpp>
#include <boost/spirit/include/qi.hpp>
#include <boost/statechart/state_machine.hpp>
#include <boost/thread.hpp>
#include <boost/uuid/uuid.hpp>
#include <boost/variant.hpp>

#include <assoc/associations.hpp>

namespace silent {
struct Track;
struct Album : assoc::model<Album>, boost::equality_comparable<Album> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Track>("track", assoc::dependent("destroy")));
  friend bool operator==(const Album &, const Album &) { return true; }
};
struct Track : assoc::model<Track> {
  boost::optional<std::string> Title;
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Album>("album"));
};
} // namespace silent
